"""BERT uncased WordPiece tokenizer reading a HF tokenizer.json (normaliser: clean, lowercase, strip accents)."""
import json, unicodedata


class Tok:
    def __init__(self, path):
        t = json.load(open(path))
        self.vocab = t['model']['vocab']
        self.unk = self.vocab['[UNK]']
        self.cls, self.sep = self.vocab['[CLS]'], self.vocab['[SEP]']
        self.cache = {}

    @staticmethod
    def _punct(ch):
        cp = ord(ch)
        if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
            return True
        return unicodedata.category(ch).startswith('P')

    def _basic(self, text):
        out = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch).startswith('C') and ch not in '\t\n\r'):
                continue
            out.append(' ' if ch.isspace() else ch)
        text = ''.join(out).lower()
        text = unicodedata.normalize('NFD', text)
        text = ''.join(c for c in text if unicodedata.category(c) != 'Mn')
        words = []
        for w in text.split():
            cur = ''
            for ch in w:
                if self._punct(ch) or 0x4E00 <= ord(ch) <= 0x9FFF:
                    if cur:
                        words.append(cur)
                    words.append(ch)
                    cur = ''
                else:
                    cur += ch
            if cur:
                words.append(cur)
        return words

    def _wordpiece(self, w):
        if w in self.cache:
            return self.cache[w]
        if len(w) > 100:
            return [self.unk]
        ids, start = [], 0
        while start < len(w):
            end, found = len(w), None
            while start < end:
                s = w[start:end] if start == 0 else '##' + w[start:end]
                if s in self.vocab:
                    found = self.vocab[s]
                    break
                end -= 1
            if found is None:
                self.cache[w] = [self.unk]
                return [self.unk]
            ids.append(found)
            start = end
        self.cache[w] = ids
        return ids

    def ids(self, text):
        return [i for w in self._basic(text) for i in self._wordpiece(w)]

    def pair(self, a, b, max_len=128):
        x, y = self.ids(a), self.ids(b)
        while len(x) + len(y) > max_len - 3:  # longest first
            if len(x) > len(y):
                x.pop()
            else:
                y.pop()
        ids = [self.cls] + x + [self.sep] + y + [self.sep]
        types = [0] * (len(x) + 2) + [1] * (len(y) + 1)
        return ids, types


def tensors(tok, question, texts, max_len=96):
    """Padded input ids, token types and attention mask of (question, text) pairs."""
    import torch
    pairs = [tok.pair(question, t, max_len) for t in texts]
    n = max(len(p[0]) for p in pairs)
    pad = lambda xs: xs + [0] * (n - len(xs))
    return (torch.tensor([pad(p[0]) for p in pairs]), torch.tensor([pad(p[1]) for p in pairs]),
            torch.tensor([pad([1] * len(p[0])) for p in pairs]))
