"""Splits the news training questions into the batches written apart (ids nw-<batch>-…) and the rest: the one place
that says which question belongs to a batch, for scripts/train-models, bench/heldout-news and bench/heldout-shipped.
Usage: news-questions.py TRAIN.jsonl OUT_DIR [BATCH]
Writes OUT_DIR/train.jsonl (every line outside the batches, or outside BATCH alone when it is given),
OUT_DIR/{gold,questions}.jsonl (score.py gold lines and batch-mode question lines of those batches, or of BATCH) and
OUT_DIR/gold.<batch>.jsonl for each of them."""
import json, re, sys

source, out = sys.argv[1:3]
only = sys.argv[3] if len(sys.argv) > 3 else None
files = {}


def write(name, line):
    if name not in files:
        files[name] = open(f'{out}/{name}.jsonl', 'w')
    files[name].write(line + '\n')


for line in open(source):
    r = json.loads(line)
    m = re.match(r'nw-([a-z])-', r['id'])
    batch = m.group(1) if m else None
    if batch is None or (only and batch != only):
        write('train', line.rstrip('\n'))
        continue
    gold = {'id': r['id'], 'question': r['question'], 'answerable': r['answerable'],
            'facts': [r['answers']] if r['answerable'] else [], 'sources': [r['doc']] if r['answerable'] else [],
            'kind': r.get('kind', '')}
    write('gold', json.dumps(gold))
    write('questions', json.dumps({'id': r['id'], 'question': r['question']}))
    write(f'gold.{batch}', json.dumps(gold))
for f in files.values():
    f.close()
