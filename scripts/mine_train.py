#!/usr/bin/env python3
"""Mine PERSON / ORGANIZATION / LOCATION names from the TRAIN splits of the
evaluation corpora into gazetteers/mined.tsv. Only names are written, never sentences.

Train files used (licences): nerugm-train (NER UGM, CC-BY-4.0),
idner-news-2k-train (MIT), nerp-train (NERP via IndoNLU, Apache-2.0).
Any train sentence whose normalised text (lower-case, single spaces) also occurs in
a *-dev, *-test or nerui-train file is dropped first.

A surface is kept when it is annotated with the same label >= 2 times, that label's
annotations are >= 80% of all its case-insensitive token-boundary occurrences in the
kept sentences, it is in no other gazetteer (any label, case-insensitive), it is not a
single lower-case common word, and it is not a country (LOCATION with country:true).
Case: `title` for single words, `any` for multi-word surfaces.

Usage: python3 scripts/mine_train.py [--eval-dir ../shared/eval/dev]
"""
import argparse
import collections
import glob
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, "gazetteers")
OUT = os.path.join(GAZ, "mined.tsv")
TRAIN = ["nerugm-train.jsonl", "idner-news-2k-train.jsonl", "nerp-train.jsonl"]
LABELS = {"PERSON", "ORGANIZATION", "LOCATION"}
OTHER = ["countries.tsv", "organizations.tsv", "people.tsv", "places.tsv", "regions.tsv"]


def norm_text(t):
    return re.sub(r"\s+", " ", t.strip().lower())


def norm_surface(s):
    """Undo token-corpus spacing: `PT Pertamina ( Persero )` -> `PT Pertamina (Persero)`."""
    s = re.sub(r"\s+", " ", s.strip())
    s = re.sub(r"\( ", "(", s)
    s = re.sub(r" \)", ")", s)
    s = re.sub(r" ?- ?", "-", s) if re.search(r"\w - \w", s) else s
    s = re.sub(r" ([.,'’])", r"\1", s) if re.search(r"\w \.$|\w \.\w", s) else s
    return s


def odd(s):
    if re.search(r"[^\w\s().,'’&/-]", s):
        return True
    if s.count("(") != s.count(")"):
        return True
    if re.search(r"^\W|[^\w).]$", s):
        return True
    if re.match(r"(Dr|Prof|Ir|H|Hj|KH|Drs|Pak|Bu|Bapak|Ibu)\.? ", s):
        return True
    if re.search(r"\s[.,]|,", s):
        return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval-dir", default=os.path.join(os.path.dirname(ROOT), "shared", "eval", "dev"))
    args = ap.parse_args()

    held = set()
    for path in glob.glob(os.path.join(args.eval_dir, "*.jsonl")):
        b = os.path.basename(path)
        if "-dev" in b or "-test" in b or b == "nerui-train.jsonl":
            with open(path, encoding="utf-8") as f:
                for line in f:
                    held.add(norm_text(json.loads(line)["text"]))

    sents = []
    dropped = 0
    for fn in TRAIN:
        with open(os.path.join(args.eval_dir, fn), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if norm_text(d["text"]) in held:
                    dropped += 1
                    continue
                sents.append(d)

    ann = collections.Counter()        # (lower surface, label) -> n
    forms = collections.defaultdict(collections.Counter)  # lower -> Counter(original form)
    country = set()
    lower_words = collections.Counter()  # lower-case tokens in cased corpora
    for d in sents:
        b = d["text"].encode("utf-8")
        if not d["id"].startswith("nerp"):
            for w in re.findall(r"\w+", d["text"]):
                if w.islower():
                    lower_words[w] += 1
        for e in d["entities"]:
            if e["label"] not in LABELS:
                continue
            s = b[e["start"]:e["end"]].decode("utf-8")
            s = re.sub(r"\s+", " ", s).strip()
            if e.get("country"):
                country.add(s.lower())
                continue
            ann[(s.lower(), e["label"])] += 1
            if not d["id"].startswith("nerp"):  # nerp is lower-cased: no case evidence
                forms[s.lower()][s] += 1

    texts = [" " + norm_text(d["text"]) + " " for d in sents]

    def occurrences(low):
        pat = re.compile(r"(?<!\w)" + re.escape(low) + r"(?!\w)")
        return sum(len(pat.findall(t)) for t in texts)

    other = set()
    for fn in OTHER:
        p = os.path.join(GAZ, fn)
        if os.path.exists(p):
            for line in open(p, encoding="utf-8"):
                if line.startswith("#") or line.startswith("surface\t"):
                    continue
                other.add(line.split("\t")[0].lower())

    by_surface = collections.defaultdict(dict)
    for (low, label), n in ann.items():
        by_surface[low][label] = n

    rows = []
    stats = collections.Counter()
    for low, labs in sorted(by_surface.items()):
        label, n = max(labs.items(), key=lambda kv: kv[1])
        if n < 2:
            stats["<2"] += 1
            continue
        if low in country:
            stats["country"] += 1
            continue
        total = max(occurrences(low), sum(labs.values()))
        if n / total < 0.8:
            stats["share<0.8"] += 1
            continue
        # surface form: most frequent cased form, else title-cased words
        if forms[low]:
            surface = forms[low].most_common(1)[0][0]
        else:
            surface = " ".join(w[:1].upper() + w[1:] for w in low.split())
        surface = norm_surface(surface)
        if odd(surface) or len(surface) < 2:
            stats["odd"] += 1
            continue
        if surface.lower() in other or low in other:
            stats["in other files"] += 1
            continue
        single = " " not in surface
        if surface[:1].islower() and forms[low]:
            stats["odd"] += 1
            continue
        if single and (lower_words[low] > 0 or surface.islower()):
            stats["common word"] += 1
            continue
        if single and (len(re.sub(r"[^A-Za-z]", "", surface)) <= 2
                       or (not forms[low] and len(surface) <= 4)):
            stats["too short"] += 1
            continue
        letters = re.sub(r"[^A-Za-z]", "", surface)
        if surface.isupper() and len(letters) <= 3:
            case = "exact"
        else:
            case = "title" if single else "any"
        rows.append((surface, label, case))
        stats["kept " + label] += 1

    seen = set()
    lines = [
        "# generated by scripts/mine_train.py; do not edit",
        "# names mined from TRAIN splits only: nerugm-train (CC-BY-4.0), idner-news-2k-train (MIT),"
        " nerp-train (Apache-2.0); sentences shared with dev/test/nerui-train excluded",
        "surface\tlabel\tvalue\tcase\tpriority",
    ]
    for surface, label, case in rows:
        if surface in seen:
            continue
        seen.add(surface)
        lines.append(f"{surface}\t{label}\t\t{case}\t40")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"sentences kept {len(sents)}, dropped (shared with dev/test/nerui) {dropped}")
    for k, v in sorted(stats.items()):
        print(f"{k}: {v}")
    print(f"wrote {OUT}: {len(seen)} entries")


if __name__ == "__main__":
    main()
