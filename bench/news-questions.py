"""Turns the news training questions of the batches written apart (ids nw-<batch>-…) into score.py gold lines and
batch-mode question lines, for bench/heldout-news and bench/heldout-shipped.
Usage: news-questions.py TRAIN.jsonl OUT_DIR [BATCH]
  with BATCH: OUT_DIR/{gold,questions}.jsonl for that batch, and OUT_DIR/train.jsonl with every other line;
  without: OUT_DIR/{gold,questions}.jsonl for every batch, and OUT_DIR/gold.<batch>.jsonl for each."""
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
        if only:
            write('train', line.rstrip('\n'))
        continue
    gold = {'id': r['id'], 'question': r['question'], 'answerable': r['answerable'],
            'facts': [r['answers']] if r['answerable'] else [], 'sources': [r['doc']] if r['answerable'] else [],
            'kind': r.get('kind', '')}
    write('gold', json.dumps(gold))
    write('questions', json.dumps({'id': r['id'], 'question': r['question']}))
    if not only:
        write(f'gold.{batch}', json.dumps(gold))
for f in files.values():
    f.close()
