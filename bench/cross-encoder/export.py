"""Exports a trained cross-encoder to ONNX for ONNX Runtime in Java, its large weight matrices stored as int8 with one
scale per row or column (Cast and Mul nodes rebuild them as floats; ONNX Runtime folds those constants when the
session starts, so inference runs in float). That keeps the file a quarter of the float size; the scores it gives
differ from the float model's by less than the tolerance printed at the end, which is checked on the held-out pairs.
Also writes PAIRS.jsonl: a few (question, sentence, score) triples of the float model, for the Java test that the
exported model and the Java tokenisation give the same scores.
Usage: [LAYERS=3] export.py WORK MODEL.pt OUT.onnx PAIRS.jsonl"""
import os, sys, json, numpy as np, onnx, torch
from onnx import helper, numpy_helper, TensorProto
sys.path.insert(0, os.path.dirname(__file__))
import bert, tok, data

work, weights, out, pairs_out = sys.argv[1:5]
T = tok.Tok(f'{work}/all-minilm-l6-v2-tokenizer.json')
ce = bert.CrossEncoder(int(os.environ.get("LAYERS", "6"))); ce.load_state_dict(torch.load(weights)); ce.eval()
example = tok.tensors(T, 'how many boats started?', ['The big-boat class had 31 starters.', 'It rained.'])
plain = out + '.float'
torch.onnx.export(ce, example, plain, input_names=['input_ids', 'token_type_ids', 'attention_mask'],
                  output_names=['score'], opset_version=13,
                  dynamic_axes={n: {0: 'pairs', 1: 'tokens'} for n in ['input_ids', 'token_type_ids', 'attention_mask']}
                  | {'score': {0: 'pairs'}})
m = onnx.load(plain)
consumers = {}
for n in m.graph.node:
    for i in n.input:
        consumers.setdefault(i, []).append(n)
rebuilt, kept = [], []
for init in m.graph.initializer:
    w = numpy_helper.to_array(init)
    users = consumers.get(init.name, [])
    if w.dtype != np.float32 or w.ndim != 2 or w.size < 65536 or not users:
        kept.append(init)
        continue
    axis = 0 if users[0].op_type == 'Gather' else 1  # an embedding row per token; a MatMul column per output
    scale = np.abs(w).max(axis=1 - axis, keepdims=True) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    kept += [numpy_helper.from_array(q, init.name + '_q'), numpy_helper.from_array(scale.astype(np.float32),
                                                                                   init.name + '_scale')]
    rebuilt += [helper.make_node('Cast', [init.name + '_q'], [init.name + '_f'], to=TensorProto.FLOAT),
                helper.make_node('Mul', [init.name + '_f', init.name + '_scale'], [init.name])]
del m.graph.initializer[:]
m.graph.initializer.extend(kept)
nodes = rebuilt + list(m.graph.node)
del m.graph.node[:]
m.graph.node.extend(nodes)
onnx.checker.check_model(m)
onnx.save(m, out)
os.remove(plain)
print(f'{out}: {os.path.getsize(out) / 1e6:.1f} MB, {len(rebuilt) // 2} matrices in int8')

# The same int8 rounding applied to the torch model, to measure what it costs on held-out pairs.
qce = bert.CrossEncoder(int(os.environ.get("LAYERS", "6"))); qce.load_state_dict(torch.load(weights)); qce.eval()
with torch.no_grad():
    for name, p in qce.named_parameters():
        if p.ndim == 2 and p.numel() >= 65536:
            s = p.abs().amax(dim=1, keepdim=True) / 127.0  # a Linear is [out, in] here: one scale per output, as above
            p.copy_(torch.round(p / s.clamp_min(1e-12)).clamp(-127, 127) * s)
gs = data.groups(f'{work}/batches.jsonl', 6, data.shipped(f'{work}/answer-models.properties'))[:200]
worst, triples = 0.0, []
with torch.no_grad():
    for g in gs:
        texts = [c['text'] for c in g['cands']]
        a, b = ce(*tok.tensors(T, g['q'], texts)), qce(*tok.tensors(T, g['q'], texts))
        worst = max(worst, (a - b).abs().max().item())
        if len(triples) < 12:
            triples.append({'question': g['q'], 'sentence': texts[0], 'score': a[0].item()})
with open(pairs_out, 'w') as f:
    for t in triples:
        f.write(json.dumps(t) + '\n')
print(f'largest score change from int8 weights over {len(gs)} held-out questions: {worst:.3f}')
