#!/usr/bin/env python3
"""Show false positives and false negatives of a prediction file against a gold file.

usage: scripts/diff.py GOLD.jsonl PRED.jsonl [--label=PERSON] [--limit=N]
A development aid (prints errors with a little context); scoring is ../shared/tools/score.py.
"""
import json, sys
from collections import Counter

def lab(e, gold):
    l = e["label"].upper()
    if gold and l in ("LOCATION", "GPE", "LOC") and e.get("country"):
        return "COUNTRY"
    return {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION", "GPE": "LOCATION"}.get(l, l)

args = [a for a in sys.argv[1:] if not a.startswith("--")]
opt = dict(a[2:].split("=", 1) for a in sys.argv[1:] if a.startswith("--") and "=" in a)
only = opt.get("label")
limit = int(opt.get("limit", 60))
gold = [json.loads(l) for l in open(args[0], encoding="utf-8") if l.strip()]
pred = {}
for l in open(args[1], encoding="utf-8"):
    if l.strip():
        d = json.loads(l)
        pred[d["id"]] = d
labels = {lab(e, True) for d in gold for e in d["entities"]}
fp, fn = [], []
for d in gold:
    t = d["text"].encode()
    g = {(e["start"], e["end"], lab(e, True)) for e in d["entities"] if lab(e, True) in labels}
    p = {(e["start"], e["end"], lab(e, False)) for e in pred.get(d["id"], {}).get("entities", []) if lab(e, False) in labels}
    ctx = lambda s, e: (t[max(0, s - 40):s].decode(errors="replace") + "[" + t[s:e].decode(errors="replace") + "]" + t[e:e + 30].decode(errors="replace")).replace("\n", " ")
    for s, e, l in sorted(p - g):
        if not only or l == only:
            gl = [x for x in g if x[0] < e and s < x[1]]
            fp.append((l, t[s:e].decode(errors="replace"), gl and "/".join(f"{x[2]}:{t[x[0]:x[1]].decode(errors='replace')}" for x in gl) or "-", ctx(s, e)))
    for s, e, l in sorted(g - p):
        if not only or l == only:
            fn.append((l, t[s:e].decode(errors="replace"), ctx(s, e)))
print(f"FALSE POSITIVES ({len(fp)})")
for x in fp[:limit]:
    print("  ", x[0], repr(x[1]), "gold:", x[2], "|", x[3])
print(f"FALSE NEGATIVES ({len(fn)})")
for x in fn[:limit]:
    print("  ", x[0], repr(x[1]), "|", x[2])
print("top FP texts", Counter((x[0], x[1]) for x in fp).most_common(25))
print("top FN texts", Counter((x[0], x[1]) for x in fn).most_common(25))
