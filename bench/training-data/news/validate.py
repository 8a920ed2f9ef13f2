"""Validate the hand-written news training set (corpus/*.md + train.jsonl)."""
import json, re, sys, collections
from pathlib import Path

ROOT = Path(__file__).resolve().parent
FM_KEYS = ["title", "outlet", "published", "author", "url"]
errors = []

bodies = {}
for p in sorted((ROOT / "corpus").glob("*.md")):
    text = p.read_text(encoding="utf-8")
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    if not m:
        errors.append(f"{p.name}: bad front matter"); continue
    keys = [l.split(":", 1)[0] for l in m.group(1).splitlines()]
    if keys != FM_KEYS:
        errors.append(f"{p.name}: front matter keys {keys}")
    body = m.group(2)
    words = len(body.split())
    if not 450 <= words <= 750:
        errors.append(f"{p.name}: {words} words")
    bodies[p.stem] = body

ids, kinds = set(), collections.Counter()
per_doc = collections.Counter()
for i, line in enumerate((ROOT / "train.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        errors.append(f"line {i}: bad JSON {e}"); continue
    if set(o) != {"id", "question", "answerable", "doc", "answers", "kind"}:
        errors.append(f"line {i}: fields {sorted(o)}")
    if o["id"] in ids:
        errors.append(f"line {i}: duplicate id {o['id']}")
    ids.add(o["id"])
    kinds[o["kind"]] += 1
    per_doc[o["doc"] or "(off-topic)"] += 1
    if o["answerable"]:
        if o["doc"] not in bodies:
            errors.append(f"{o['id']}: unknown doc {o['doc']!r}"); continue
        if not o["answers"]:
            errors.append(f"{o['id']}: answerable but no answers")
        for a in o["answers"]:
            if a not in bodies[o["doc"]]:
                errors.append(f"{o['id']}: answer {a!r} not verbatim in body")
            if len(a.split()) > 8 or "\n" in a:
                errors.append(f"{o['id']}: answer {a!r} too long / multi-line")
    else:
        if o["answers"]:
            errors.append(f"{o['id']}: unanswerable with answers")
        if o["doc"] and o["doc"] not in bodies:
            errors.append(f"{o['id']}: unknown doc {o['doc']!r}")
    if (o["kind"] in ("unanswerable", "off-topic")) == o["answerable"]:
        errors.append(f"{o['id']}: kind/answerable mismatch")

total = sum(kinds.values())
print(f"articles: {len(bodies)}  questions: {total}")
for k, n in kinds.most_common():
    print(f"  {k:13s} {n:4d}  ({100*n/total:.0f}%)")
print("per doc:", dict(per_doc))
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
