"""Does what the parse or the contextual alignment says separate right answers from near misses, beside the shipped
answerability probability? usage: evaluate.py inputs ANSWERS GOLD OUT | evaluate.py report SET... where a SET is
name:gold:answers:parsed:aligned. Reports, per set: each feature's AUC between answered right answers and answered
near misses, and a logistic model of the probability's logit with each feature group, fitted in six folds by
article, scored by AUC (answerable against near misses) and by the near misses turned away at a 5% false-abstain
rate."""
import json
import math
import re
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

sys.path.insert(0, __file__.rsplit('/', 1)[0])
import features  # noqa: E402

PROBABILITY = re.compile(r'answerability ([0-9.]+)')
GROUPS = {'shipped probability only': [],
          'parse: question pairs in the sentence': ['edges', 'linked', 'apart', 'half', 'neither'],
          'parse: names around the focus': ['new_names', 'has_focus', 'focus_noun', 'anchor', 'anchor_distance',
                                            'undisclosed'],
          'parse: focus distance alone': ['anchor_distance', 'anchor'],
          'new names and numbers alone (no parse)': ['new_names'],
          'contextual alignment': ['align_min', 'align_second', 'align_mean']}


def jsonl(path):
    return [json.loads(line) for line in open(path)]


def inputs(answers, gold, out):
    questions = {g['id']: g['question'] for g in jsonl(gold)}
    with open(out, 'w') as f:
        for a in jsonl(answers):
            row = {'id': a['id'], 'q': questions[a['id']]}
            if a['evidence']:
                row['s0'] = a['evidence'][0]['text']
            f.write(json.dumps(row) + '\n')


def article(qid):
    return qid.split('-')[1] if qid.startswith('sq-') else re.sub(r'-\d+$', '', qid[3:])


def rows(gold, answers, parsed, aligned):
    golds = {g['id']: g for g in jsonl(gold)}
    parses = {p['id']: p for p in jsonl(parsed)}
    aligns = {a['id']: a['f'] for a in jsonl(aligned)}
    out = []
    for a in jsonl(answers):
        g, p = golds[a['id']], parses.get(a['id'], {})
        m = PROBABILITY.search(a['evidence'][0]['detail']) if a['evidence'] else None
        if not m or 's0' not in p or g.get('kind') == 'off-topic' or a['id'] not in aligns:
            continue
        text = a['answer'].lower()
        right = g['answerable'] and not a['abstained'] and all(
            any(x.lower() in text for x in group) for group in g['facts'])
        out.append({'p': min(max(float(m.group(1)), 1e-3), 1 - 1e-3), 'answerable': g['answerable'],
                    'right': right, 'answered': not a['abstained'], 'article': article(a['id']),
                    'f': {**features.features(p['q'], p['s0']), **aligns[a['id']]}})
    return out


def combined(data, names):
    x = np.array([[math.log(r['p'] / (1 - r['p']))] + [r['f'][n] for n in names] for r in data])
    y = np.array([1 if r['answerable'] else 0 for r in data])
    pred = np.zeros(len(data))
    for train, test in GroupKFold(6).split(x, y, [r['article'] for r in data]):
        pred[test] = LogisticRegression(max_iter=2000).fit(x[train], y[train]).predict_proba(x[test])[:, 1]
    threshold = np.sort(pred[y == 1])[int(0.05 * (y == 1).sum())]
    return roc_auc_score(y, pred), float(np.mean(pred[y == 0] < threshold))


def report(spec):
    name, *paths = spec.split(':')
    data = rows(*paths)
    right = [r for r in data if r['right']]
    near = [r for r in data if not r['answerable'] and r['answered']]
    print(f'## {name}: {len(right)} right answers, {len(near)} answered near misses')
    labels = [1] * len(right) + [0] * len(near)
    for f in ['p'] + sorted(data[0]['f']):
        values = [r['p'] if f == 'p' else r['f'][f] for r in right + near]
        print(f'  {f:16} AUC {roc_auc_score(labels, values):.3f}')
    for group, names in GROUPS.items():
        auc, turned = combined(data, names)
        print(f'  {group:40} AUC {auc:.3f}, near misses turned away at 5% false abstain {turned:.3f}')


if __name__ == '__main__':
    if sys.argv[1] == 'inputs':
        inputs(*sys.argv[2:5])
    else:
        for spec in sys.argv[2:]:
            report(spec)
