"""Scores the top K candidates of Dump groups with a trained cross-encoder and writes, per question, each candidate's
[linear ranker score, cross-encoder score, answers?] for analyze.py.
Usage: score.py WORK DUMP.jsonl K DOCS(comma-separated, empty = all) MODEL.pt OUT.json"""
import os, sys, json, time, torch
sys.path.insert(0, os.path.dirname(__file__))
import bert, tok, data

work, dump, k, docs, weights, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6]
keep = set(filter(None, docs.split(',')))
torch.set_num_threads(2)
T = tok.Tok(f'{work}/all-minilm-l6-v2-tokenizer.json')
ce = bert.CrossEncoder(int(os.environ.get("LAYERS", "6"))); ce.load_state_dict(torch.load(weights)); ce.eval()
gs = [g for g in data.groups(dump, k, data.shipped(f'{work}/answer-models.properties')) if not keep or g['doc'] in keep]
res, t0 = [], time.time()
with torch.no_grad():
    for g in gs:
        s = ce(*tok.tensors(T, g['q'], [c['text'] for c in g['cands']])).tolist()
        res.append({'id': g['id'], 'answerable': g['answerable'], 'offTopic': g['offTopic'],
                    'c': [[c['lin'], sc, c['pos']] for c, sc in zip(g['cands'], s)]})
json.dump(res, open(out, 'w'))
print(f'{len(gs)} questions, {1000 * (time.time() - t0) / len(gs):.0f} ms each (torch, 2 threads)')
