"""How well each content word of a question is matched, in context, by the best sentence: MiniLM's last hidden
states of the question and of the sentence, each encoded alone, and for each question word the best cosine to any
sentence token (BERTScore's recall). usage: align.py MODEL_DIR INPUT.jsonl OUTPUT.jsonl"""
import json
import re
import sys

sys.path.insert(0, __file__.rsplit('/', 2)[0] + '/cross-encoder')
import torch  # noqa: E402
from bert import Bert, onnx_weights  # noqa: E402
from tok import Tok  # noqa: E402

FUNCTION_WORDS = set("""a an the of in on at to for from by with about into over after before under between through
during and or but if than then so as is are was were be been being do does did done has have had having will would
can could should may might must shall it its this that these those there their they them he she his her him we our
you your i me my what which who whom whose when where why how much many long old often""".split())


class Aligner:
    def __init__(self, model_dir):
        self.tok = Tok(f'{model_dir}/all-minilm-l6-v2-tokenizer.json')
        self.bert = Bert(6)
        self.bert.load(onnx_weights(f'{model_dir}/all-minilm-l6-v2.onnx'))
        self.bert.eval()

    def encode(self, text):
        words = self.tok._basic(text)[:120]
        ids, word_of = [self.tok.cls], [-1]
        for k, w in enumerate(words):
            pieces = self.tok._wordpiece(w)
            ids += pieces
            word_of += [k] * len(pieces)
        ids, word_of = ids[:126] + [self.tok.sep], word_of[:126] + [-1]
        x = torch.tensor([ids])
        with torch.no_grad():
            h = self.bert(x, torch.zeros_like(x), torch.ones_like(x))[0]
        return words, torch.nn.functional.normalize(h, dim=-1), word_of

    def features(self, question, sentence):
        qw, qh, qof = self.encode(question)
        _, sh, sof = self.encode(sentence)
        inside = torch.tensor([k >= 0 for k in sof])
        best = (qh @ sh[inside].T).max(1).values
        per_word = {}
        for t, k in enumerate(qof):
            if k >= 0 and qw[k] not in FUNCTION_WORDS and re.search(r'[a-z0-9]', qw[k]):
                per_word.setdefault(k, []).append(best[t].item())
        scores = sorted(sum(v) / len(v) for v in per_word.values()) or [1.0]
        return {'align_min': scores[0], 'align_second': scores[min(1, len(scores) - 1)],
                'align_mean': sum(scores) / len(scores)}


if __name__ == '__main__':
    torch.set_num_threads(1)
    aligner = Aligner(sys.argv[1])
    with open(sys.argv[3], 'w') as out:
        for line in open(sys.argv[2]):
            row = json.loads(line)
            if 's0' in row:
                out.write(json.dumps({'id': row['id'], 'f': aligner.features(row['q'], row['s0'])}) + '\n')
