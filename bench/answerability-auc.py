#!/usr/bin/env python3
"""Threshold-free check of answerability on a batch run made with `ask --jsonl --why`.

usage: answerability-auc.py GOLD.jsonl ANSWERS.jsonl

Reads the answerability probability each answer's evidence reports ("answerability 0.42 (answers at ...)") and
prints the area under the ROC curve of answerable questions against unanswerable ones, apart for near misses
(gold kind other than "off-topic") and off-topic questions: the chance that an answerable question gets the higher
probability. A change to the answerability features can move this without the abstain and false-abstain rates
moving, or move those rates only by moving the threshold; this line tells the two apart. Questions answered
outside the sentence stages (about the articles themselves) carry no probability and are left out.
"""
import bisect
import json
import re
import sys

PROBABILITY = re.compile(r"answerability ([0-9.]+)")


def probability(answer):
    for e in answer.get("evidence") or []:
        m = PROBABILITY.search(e.get("detail", ""))
        if m:
            return float(m.group(1))
    return None


def auc(positives, negatives):
    ranked = sorted(positives)
    wins = 0.0
    for n in negatives:
        lo, hi = bisect.bisect_left(ranked, n), bisect.bisect_right(ranked, n)
        wins += (len(ranked) - hi) + 0.5 * (hi - lo)
    return f"{wins / (len(ranked) * len(negatives)):.3f}" if ranked and negatives else "-"


def main(gold_path, answers_path):
    gold = {g["id"]: g for g in map(json.loads, open(gold_path, encoding="utf-8"))}
    p = {a["id"]: probability(a) for a in map(json.loads, open(answers_path, encoding="utf-8"))}
    scored = {i: g for i, g in gold.items() if p.get(i) is not None}
    pos = [p[i] for i, g in scored.items() if g["answerable"]]
    near = [p[i] for i, g in scored.items() if not g["answerable"] and g.get("kind") != "off-topic"]
    off = [p[i] for i, g in scored.items() if not g["answerable"] and g.get("kind") == "off-topic"]
    print(f"answerability AUC: near misses {auc(pos, near)} ({len(near)}), off-topic {auc(pos, off)} "
          f"({len(off)}), against {len(pos)} answerable; {len(gold) - len(scored)} without a probability")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
