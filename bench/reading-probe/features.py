"""Features of a (question, sentence) pair read from their dependency parses (ParseDump's tokens).

A token is [word, tag, lemma, head (1-based, 0 for the root), relation]. Words are compared by a crude stem (first
five letters of the lemma), as the Java stages compare them.
"""
import collections

AUX = {'be', 'have', 'do', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'get'}
WH = {'who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how'}
INDEFINITE = {'a', 'an', 'another', 'some', 'one'}
NAMES = ('NNP', 'NNPS', 'CD')


def content(t):
    lemma = t[2].lower()
    if lemma in WH or (t[1].startswith('VB') and lemma in AUX):
        return False
    return t[1][:2] in ('NN', 'VB', 'JJ', 'CD') or t[1] == 'FW'


def stem(lemma):
    lemma = lemma.lower()
    return lemma[:5] if len(lemma) > 5 else lemma


class Tree:
    def __init__(self, tokens):
        self.adj = collections.defaultdict(set)
        for i, t in enumerate(tokens):
            if t[3] > 0:
                self.adj[i].add(t[3] - 1)
                self.adj[t[3] - 1].add(i)

    def distances(self, sources, cap):
        """Path lengths in the tree from the nearest source, up to cap."""
        dist = {s: 0 for s in sources}
        frontier = list(sources)
        while frontier:
            nxt = []
            for u in frontier:
                for v in self.adj[u]:
                    if v not in dist and dist[u] < cap:
                        dist[v] = dist[u] + 1
                        nxt.append(v)
            frontier = nxt
        return dist


def focus(q):
    """The question's focus: the noun of "which X"/"what X", the noun of "who is the X", else the wh-word's head."""
    for t in q:
        if t[2].lower() in ('which', 'what', 'whose') and t[4] in ('det', 'det:poss', 'nmod:poss') and t[3] > 0:
            return t[3] - 1, 'noun'
    for i, t in enumerate(q):
        if t[2].lower() in WH and t[3] > 0:
            h = t[3] - 1
            if q[h][2].lower() in AUX or q[h][1].startswith('NN'):
                root = next((j for j, x in enumerate(q) if x[3] == 0), h)
                if q[root][1].startswith('NN') and root != i:
                    return root, 'noun'
                return h, 'verb'
            return h, 'noun' if q[h][1].startswith('NN') else 'verb'
    return None, None


def edge_features(q, s, tree, where):
    """How the question's head-dependent pairs of content words fare in the sentence."""
    linked = apart = half = neither = 0
    for t in q:
        h = t[3] - 1
        if h < 0 or not content(t) or not content(q[h]) or stem(t[2]) == stem(q[h][2]):
            continue
        a, b = where.get(stem(t[2]), []), where.get(stem(q[h][2]), [])
        if a and b:
            near = tree.distances(a, 3)
            if any(near.get(j, 9) <= 2 for j in b):
                linked += 1
            else:
                apart += 1
        elif a or b:
            half += 1
        else:
            neither += 1
    n = linked + apart + half + neither
    return {'edges': n, 'linked': linked / n if n else 1.0, 'apart': apart,
            'half': half / n if n else 0.0, 'neither': neither / n if n else 0.0}


def focus_features(q, s, tree, where, asked):
    """Where the sentence's new names and numbers sit relative to the question's focus."""
    i, kind = focus(q)
    new = [j for j, t in enumerate(s) if t[1] in NAMES and t[0].lower() not in asked and t[2].lower() not in asked]
    out = {'new_names': min(len(new), 5), 'has_focus': 0.0 if i is None else 1.0,
           'focus_noun': 1.0 if kind == 'noun' else 0.0, 'anchor': 0.0, 'anchor_distance': 8, 'undisclosed': 0.0}
    if i is None:
        out['anchor'] = 1.0
        return out
    anchors = where.get(stem(q[i][2]), [])
    out['anchor'] = 1.0 if anchors else 0.0
    if anchors and new:
        near = tree.distances(anchors, 7)
        out['anchor_distance'] = min(near.get(j, 8) for j in new)
    if kind == 'noun':
        for j in anchors:
            indefinite = any(s[k][3] - 1 == j and s[k][2].lower() in INDEFINITE for k in tree.adj[j])
            named = any(k != j and s[k][1] in NAMES and s[k][0].lower() not in asked for k in tree.distances([j], 2))
            if indefinite and not named:
                out['undisclosed'] = 1.0
    return out


def features(q, s):
    tree = Tree(s)
    where = collections.defaultdict(list)
    for j, t in enumerate(s):
        where[stem(t[2])].append(j)
    asked = {t[2].lower() for t in q} | {t[0].lower() for t in q}
    return {**edge_features(q, s, tree, where), **focus_features(q, s, tree, where, asked)}
