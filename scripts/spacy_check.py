#!/usr/bin/env python3
"""Loads `tandai tag --format spacy` output in spaCy and checks every entity.

For each document: `Doc(spacy.blank("id").vocab).from_json(obj, validate=True)` must succeed
and give exactly tandai's entities, and `doc.char_span(start, end, label)` must find every
entity (strict alignment) on that Doc. It also reports how many entities align with spaCy's
own Indonesian tokenizer (`nlp.make_doc(text)`), for information: glued words such as
`menghadapiNew York` split differently there.

Inputs: tests/fixtures/formats.jsonl, examples/berita.txt, and, when ../shared is there, the
seed article and every dev file. Exits 1 on a failure, 2 when spaCy or the binary is missing.

usage: scripts/spacy_check.py [--bin target/release/tandai] [--shared ../shared]
"""
import argparse
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.environ.get("TANDAI", os.path.join(ROOT, "target/release/tandai")))
    ap.add_argument("--shared", default=os.environ.get("SHARED", os.path.join(ROOT, "..", "shared")))
    args = ap.parse_args()
    try:
        import spacy
        from spacy.tokens import Doc
    except ImportError:
        print("spaCy is not installed (pip install spacy)", file=sys.stderr)
        return 2
    if not os.access(args.bin, os.X_OK):
        print(f"no tandai binary at {args.bin} (cargo build --release)", file=sys.stderr)
        return 2

    runs = [
        ("tests/fixtures/formats.jsonl", ["--input", "jsonl", os.path.join(ROOT, "tests/fixtures/formats.jsonl")]),
        ("examples/berita.txt", [os.path.join(ROOT, "examples/berita.txt")]),
    ]
    seed = os.path.join(args.shared, "eval", "seed", "seed-article.txt")
    if os.path.exists(seed):
        runs.append(("seed-article.txt", [seed]))
    for path in sorted(glob.glob(os.path.join(args.shared, "eval", "dev", "*.jsonl"))):
        runs.append((os.path.basename(path), ["--input", "jsonl", path]))
    if len(runs) == 2:
        print(f"note: {args.shared}/eval not found; checking the repository's texts only")

    nlp = spacy.blank("id")
    failures = 0
    total = {"docs": 0, "ents": 0, "own_tokenizer": 0}
    for name, tag_args in runs:
        out = subprocess.run([args.bin, "tag", "--format", "spacy"] + tag_args,
                             capture_output=True, check=True, text=True).stdout
        docs = ents = own = 0
        for line in out.splitlines():
            obj = json.loads(line)
            want = [(e["start"], e["end"], e["label"]) for e in obj["ents"]]
            try:
                doc = Doc(nlp.vocab).from_json(obj, validate=True)
            except Exception as e:  # noqa: BLE001 -- report and go on
                print(f"FAIL {name} {obj.get('id')!r}: Doc.from_json: {e}")
                failures += 1
                continue
            got = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            if got != want:
                print(f"FAIL {name} {obj.get('id')!r}: entities {got} != {want}")
                failures += 1
            if doc.text != obj["text"]:
                print(f"FAIL {name} {obj.get('id')!r}: the Doc's text differs")
                failures += 1
            for s, e, label in want:
                span = doc.char_span(s, e, label=label)
                if span is None or span.text != obj["text"][s:e]:
                    print(f"FAIL {name} {obj.get('id')!r}: char_span({s}, {e}) on tandai's tokens")
                    failures += 1
            plain = nlp.make_doc(obj["text"])
            own += sum(plain.char_span(s, e, label=label) is not None for s, e, label in want)
            docs += 1
            ents += len(want)
        print(f"{name}: {docs} docs, {ents} entities loaded; "
              f"{own}/{ents} also align with spaCy's own tokenizer")
        total["docs"] += docs
        total["ents"] += ents
        total["own_tokenizer"] += own
    print(f"spaCy {spacy.__version__}: {total['docs']} docs, {total['ents']} entities, "
          f"{failures} failures; {total['own_tokenizer']}/{total['ents']} align with spacy.blank('id') tokens")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
