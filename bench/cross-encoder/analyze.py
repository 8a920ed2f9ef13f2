"""Hit@1 of the linear ranker, the cross-encoder and their sums (linear + alpha * cross-encoder) over answerable
questions, and how well each one's best score tells answerable questions from near misses and off-topic ones (AUC).
Usage: analyze.py SCORES.json"""
import sys, json


def auc(pos, neg):
    if not pos or not neg:
        return float('nan')
    allv = sorted([(v, 1) for v in pos] + [(v, 0) for v in neg])
    rank_sum, r = 0.0, 0
    i = 0
    while i < len(allv):
        j = i
        while j < len(allv) and allv[j][0] == allv[i][0]:
            j += 1
        avg = (i + j + 1) / 2
        rank_sum += avg * sum(1 for k in range(i, j) if allv[k][1])
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


res = json.load(open(sys.argv[1]))
ans = [r for r in res if r['answerable'] and not r['offTopic']]
print(len(res), 'groups', len(ans), 'answerable', 'any pos in topK', sum(any(c[2] for c in r['c']) for r in ans))
for a in [0, 0.25, 0.5, 1, 2, 4, 1000]:
    hit = sum(max(r['c'], key=lambda c: c[0] + a * c[1])[2] for r in ans)
    print(f'alpha {a}: hit@1 {hit / len(ans):.3f}')
near = [r for r in res if not r['offTopic']]
for name, f in [('ce max', lambda r: max(c[1] for c in r['c'])),
                ('lin max', lambda r: max(c[0] for c in r['c']))]:
    p = [f(r) for r in near if r['answerable']]
    n = [f(r) for r in near if not r['answerable']]
    off = [f(r) for r in res if r['offTopic']]
    print(f'{name}: AUC near-miss {auc(p, n):.3f}  AUC vs off-topic {auc(p, off):.3f}')
