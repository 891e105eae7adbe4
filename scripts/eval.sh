#!/usr/bin/env bash
# Tags every gold file of ../shared/eval (dev/ and seed/) with the release CLI and scores it
# with ../shared/tools/score.py.
#
#   scripts/eval.sh            one line per file (micro-F1 and per-label F1)
#   scripts/eval.sh --full     score.py's full table per file
#   scripts/eval.sh --check    also fail when a file's micro-F1 is below its floor in .ci/floors.tsv
#
# SHARED (default ../shared) points at the shared folder; TANDAI (default target/release/tandai)
# at the binary.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
bin=${TANDAI:-target/release/tandai}
mode=${1:-}
[ -x "$bin" ] || cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# the seed article is plain text; give it the gold's id
python3 - "$shared/eval/seed/seed-article.txt" > "$tmp/seed-in.jsonl" <<'PY'
import json, sys
print(json.dumps({"id": "seed-article", "text": open(sys.argv[1], encoding="utf-8").read()}, ensure_ascii=False))
PY
status=0
for gold in "$shared"/eval/dev/*.jsonl "$shared"/eval/seed/seed-gold.jsonl; do
  name=$(basename "$gold" .jsonl)
  input=$gold
  [ "$name" = seed-gold ] && input=$tmp/seed-in.jsonl
  # gold lines carry text and id; the CLI ignores the other fields
  "$bin" tag --input jsonl --format jsonl < "$input" > "$tmp/$name.pred"
  if [ "$mode" = --full ]; then
    echo "== $name"
    python3 "$shared/tools/score.py" "$gold" "$tmp/$name.pred" --show-values | grep -v '^value '
  else
    python3 "$shared/tools/score.py" "$gold" "$tmp/$name.pred" --line="$name"
  fi
  if [ "$mode" = --check ]; then
    f1=$(python3 "$shared/tools/score.py" "$gold" "$tmp/$name.pred" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["labels"]["MICRO"]["f1"])')
    floor=$(awk -F'\t' -v n="$name" '$1==n {print $2}' .ci/floors.tsv)
    if [ -z "$floor" ]; then
      echo "  no floor recorded for $name in .ci/floors.tsv"; status=1
    elif python3 -c "import sys; sys.exit(0 if float('$f1') >= float('$floor') else 1)"; then
      echo "  ok: $name micro-F1 $f1 >= floor $floor"
    else
      echo "  FAIL: $name micro-F1 $f1 < floor $floor"; status=1
    fi
  fi
done
exit $status
