"""Fine-tunes MiniLM as a cross-encoder on (question, candidate sentence) pairs: a softmax over the top K candidates
and a fixed "no answer" logit of 0, the answer's sentence (or "no answer", for unanswerable and off-topic questions)
as the target, so one score both ranks and says whether anything answers.
Usage: train.py WORK K EPOCHS HOLD_OUT_DOCS(comma-separated, may be empty) OUT.pt"""
import os, sys, random, time, torch
sys.path.insert(0, os.path.dirname(__file__))
import bert, tok, data

work, k, epochs, hold, out = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), set(filter(None, sys.argv[4].split(','))), sys.argv[5]
torch.set_num_threads(2); torch.manual_seed(7); random.seed(7)
T = tok.Tok(f'{work}/all-minilm-l6-v2-tokenizer.json')
gs = [g for g in data.groups(f'{work}/train.jsonl', k, data.shipped(f'{work}/answer-models.properties'))
      if g['doc'] not in hold and (g['any_pos'] or not g['answerable'] or g['offTopic'])]
gs = [g for g in gs if not g['offTopic'] or random.random() < 0.3]  # off-topic copies are many and easy
ce = bert.CrossEncoder(int(os.environ.get("LAYERS", "6")))  # LAYERS=3: the first three of the six layers
ce.bert.load(bert.onnx_weights(f'{work}/all-minilm-l6-v2.onnx'))
G, steps = 4, int(len(gs) * epochs)  # four questions per optimiser step
updates = steps // G + 1
opt = torch.optim.AdamW(ce.parameters(), lr=3e-5, weight_decay=0.01)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1, s / (0.1 * updates)) * max(0.0, (updates - s) / (0.9 * updates)))
order = []
while len(order) < steps:
    random.shuffle(gs); order += gs
ce.train()
t0 = time.time()
for b0 in range(0, steps, G):
    chunk = order[b0:b0 + G]
    scores = torch.cat([ce(*tok.tensors(T, g['q'], [c['text'] for c in g['cands']])) for g in chunk])
    loss, at = 0.0, 0
    for g in chunk:
        lp = torch.cat([torch.zeros(1), scores[at:at + len(g['cands'])]]).log_softmax(0)
        at += len(g['cands'])
        pos = [i + 1 for i, c in enumerate(g['cands']) if c['pos']] if g['answerable'] and not g['offTopic'] else [0]
        loss = loss - torch.logsumexp(lp[pos], 0)
    (loss / len(chunk)).backward()
    torch.nn.utils.clip_grad_norm_(ce.parameters(), 1.0)
    opt.step(); opt.zero_grad(); sched.step()
    if (b0 // G) % 100 == 0:
        print(f'{b0}/{steps} questions, loss {loss.item() / len(chunk):.3f}, {time.time() - t0:.0f} s', flush=True)
torch.save(ce.state_dict(), out)
