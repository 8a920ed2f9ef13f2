"""MiniLM-L6 (BERT) in torch, weights read from the sentence-transformers ONNX export inside langchain4j's jar."""
import math, onnx, torch, torch.nn as nn
from onnx import numpy_helper


def onnx_weights(path):
    m = onnx.load(path)
    init = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    out = {k: v for k, v in init.items() if not k.startswith('onnx::')}
    producers = {o: n for n in m.graph.node for o in n.output}
    for n in m.graph.node:
        if n.op_type != 'Add':
            continue
        bias = [i for i in n.input if i in out and i.endswith('.bias')]
        src = [producers.get(i) for i in n.input if i not in init]
        if not bias or not src or src[0] is None or src[0].op_type != 'MatMul':
            continue
        w = [i for i in src[0].input if i in init]
        if w:
            out[bias[0][:-5] + '.weight'] = init[w[0]].T  # MatMul stores [in, out]; Linear wants [out, in]
    return out


class Layer(nn.Module):
    def __init__(self, h=384, heads=12, inter=1536):
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.o = (nn.Linear(h, h) for _ in range(4))
        self.ln1 = nn.LayerNorm(h, eps=1e-12)
        self.i, self.out = nn.Linear(h, inter), nn.Linear(inter, h)
        self.ln2 = nn.LayerNorm(h, eps=1e-12)

    def forward(self, x, bias):
        b, t, h = x.shape
        d = h // self.heads
        split = lambda y: y.view(b, t, self.heads, d).transpose(1, 2)
        att = split(self.q(x)) @ split(self.k(x)).transpose(-1, -2) / math.sqrt(d) + bias
        ctx = (att.softmax(-1) @ split(self.v(x))).transpose(1, 2).reshape(b, t, h)
        x = self.ln1(x + self.o(ctx))
        return self.ln2(x + self.out(nn.functional.gelu(self.i(x))))


class Bert(nn.Module):
    def __init__(self, layers=6, h=384):
        super().__init__()
        self.word, self.pos, self.typ = nn.Embedding(30522, h), nn.Embedding(512, h), nn.Embedding(2, h)
        self.ln = nn.LayerNorm(h, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(layers))

    def forward(self, ids, types, mask):
        t = ids.shape[1]
        x = self.ln(self.word(ids) + self.pos(torch.arange(t).unsqueeze(0)) + self.typ(types))
        bias = (1.0 - mask[:, None, None, :].float()) * -10000.0
        for l in self.layers:
            x = l(x, bias)
        return x

    def load(self, w):
        g = lambda k: torch.tensor(w[k].copy())
        with torch.no_grad():
            self.word.weight.copy_(g('embeddings.word_embeddings.weight'))
            self.pos.weight.copy_(g('embeddings.position_embeddings.weight'))
            self.typ.weight.copy_(g('embeddings.token_type_embeddings.weight'))
            self.ln.weight.copy_(g('embeddings.LayerNorm.weight')); self.ln.bias.copy_(g('embeddings.LayerNorm.bias'))
            for n, l in enumerate(self.layers):
                p = f'encoder.layer.{n}.'
                pairs = [(l.q, 'attention.self.query'), (l.k, 'attention.self.key'), (l.v, 'attention.self.value'),
                         (l.o, 'attention.output.dense'), (l.i, 'intermediate.dense'), (l.out, 'output.dense')]
                for mod, name in pairs:
                    mod.weight.copy_(g(p + name + '.weight')); mod.bias.copy_(g(p + name + '.bias'))
                l.ln1.weight.copy_(g(p + 'attention.output.LayerNorm.weight')); l.ln1.bias.copy_(g(p + 'attention.output.LayerNorm.bias'))
                l.ln2.weight.copy_(g(p + 'output.LayerNorm.weight')); l.ln2.bias.copy_(g(p + 'output.LayerNorm.bias'))


class CrossEncoder(nn.Module):
    """Mean of the last hidden states over the pair, then one linear score: MiniLM was trained mean-pooled."""
    def __init__(self, layers=6):
        super().__init__()
        self.bert = Bert(layers)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(384, 1)

    def forward(self, ids, types, mask):
        x = self.bert(ids, types, mask)
        m = mask.unsqueeze(-1).float()
        pooled = (x * m).sum(1) / m.sum(1)
        return self.head(self.drop(pooled)).squeeze(-1)
