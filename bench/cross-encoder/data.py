"""Groups from byline.bench.train.Dump output: each question's first part with its candidates, ranked by the shipped
linear ranker (answer-models.properties), top K kept, since a cross-encoder would only rerank the ranker's best."""
import json, re

NAMES = ['DENSE', 'DENSE_GAP', 'LEXICAL', 'LEXICAL_GAP', 'CONTEXT', 'RAREST', 'PAIRS', 'PASSAGE_RANK',
         'PASSAGE_DENSE', 'TYPED', 'TYPE_FITS', 'NEW_WORDS', 'LENGTH', 'CONFLICT', 'NOT_PROSE', 'NEAR']  # Features.Name


def shipped(path):
    w = {}
    for line in open(path):
        m = re.match(r'ranker\.(\w+) = (.*)', line)
        if m and m.group(1) != 'bias':
            w[m.group(1)] = [float(v) for v in m.group(2).split(',')]
    return [w[n] for n in NAMES]


def linear(f, model):
    return sum(wt * (x - mu) / sc for x, (wt, mu, sc) in zip(f, model))


def groups(path, k, model):
    out = []
    for line in open(path):
        e = json.loads(line)
        if not e['parts'] or not e['parts'][0]['cands']:
            continue
        cands = e['parts'][0]['cands']
        for c in cands:
            c['lin'] = linear(c['f'], model)
        cands = sorted(cands, key=lambda c: -c['lin'])[:k]
        out.append({'id': e['id'], 'doc': e['doc'], 'answerable': e['answerable'], 'offTopic': e['offTopic'],
                    'q': e['parts'][0]['text'], 'cands': cands, 'any_pos': any(c['pos'] for c in cands)})
    return out
