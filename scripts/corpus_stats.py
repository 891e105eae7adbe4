#!/usr/bin/env python3
"""Statistics of news text files, to check that the synthetic bench corpus
(benches/corpus/berita-sintetis.txt) looks like real news to the tagger: words per KB,
capitalised-word ratio, digit ratio, entities per KB by label (as tagged by tandai), "Baca juga"
teasers and glued paragraphs ("KPK.Dalam") per KB, zlib ratio and distinct lines/sentences.

    cargo build --release
    python3 scripts/corpus_stats.py benches/corpus/berita-sintetis.txt ../shared/bench/news-id.txt

Standard library only. KB = 1024 bytes.
"""

import argparse
import collections
import json
import re
import subprocess
import zlib

WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
GLUED = re.compile(r"[a-z]\.[A-Z][a-z]")
SENTENCE_END = re.compile(r'(?<=[.!?"])\s+|\n')


def stats(path, tandai):
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")
    kb = len(raw) / 1024
    words = WORD.findall(text)
    alpha = [w for w in words if w[0].isalpha()]
    capitalised = sum(1 for w in alpha if w[0].isupper())
    digits = sum(c.isdigit() for c in text)
    out = subprocess.run(
        [tandai, "tag", "--format", "jsonl", path], capture_output=True, check=True
    ).stdout
    labels = collections.Counter()
    for line in out.splitlines():
        for e in json.loads(line)["entities"]:
            labels[e["label"]] += 1
    lines = [x for x in text.split("\n") if x.strip()]
    sentences = [s.strip() for s in SENTENCE_END.split(text) if len(s.strip()) > 20]
    return {
        "bytes": len(raw),
        "words/KB": len(words) / kb,
        "capitalised words": capitalised / len(alpha),
        "digit chars": digits / len(text),
        "entities/KB": sum(labels.values()) / kb,
        **{f"{k}/KB": labels[k] / kb for k in ("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "DATE")},
        "Baca juga/KB": text.count("Baca juga") / kb,
        "glued paragraphs/KB": len(GLUED.findall(text)) / kb,
        "zlib -9 ratio": len(zlib.compress(raw, 9)) / len(raw),
        "distinct lines": len(set(lines)) / len(lines),
        "distinct sentences": len(set(sentences)) / len(sentences),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--tandai", default="target/release/tandai", help="the tandai binary")
    args = ap.parse_args()
    results = [stats(f, args.tandai) for f in args.files]
    print("| | " + " | ".join(args.files) + " |")
    print("|---|" + "---|" * len(args.files))
    for key in results[0]:
        cells = []
        for r in results:
            v = r[key]
            if isinstance(v, int):
                cells.append(str(v))
            else:
                cells.append(f"{v:.2f}" if v >= 1 else f"{v:.3f}" if v >= 0.1 else f"{v:.4f}")
        print(f"| {key} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
