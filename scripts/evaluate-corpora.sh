#!/bin/sh
# Regenerates the agreement table of docs/evaluation.md: converts the ABCD and Harper Valley
# Bank dialogues in ../shared/corpora to transcripts, grades them generically (no scenario)
# with the built callsim, and compares the verdicts with the reference labels.
#
#   scripts/evaluate-corpora.sh                   # build callsim (debug), then evaluate
#   CALLSIM=path/to/callsim scripts/evaluate-corpora.sh
#   CORPORA=dir OUT=dir scripts/evaluate-corpora.sh
#
# CORPORA defaults to ../shared/corpora; OUT (converted transcripts and grades) to a fresh
# temporary folder outside the repository. Python 3 (standard library only) is needed.
set -eu
cd "$(dirname "$0")/.."
CORPORA=${CORPORA:-../shared/corpora}
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/callsim-corpora.XXXXXX")}
if [ -z "${CALLSIM:-}" ]; then
    swift build --product callsim >&2
    CALLSIM="$(swift build --show-bin-path)/callsim"
fi

mkdir -p "$OUT/transcripts"
python3 scripts/corpus/convert.py "$OUT/transcripts" \
    "$CORPORA/abcd/curated_subset/abcd_curated_subset.jsonl" \
    "$CORPORA/abcd/abcd_sample.json" \
    "$CORPORA/harper_valley_bank/hvb_curated_subset.jsonl"

# Grading fails (exit 1) only when a file cannot be read; every converted file must grade.
"$CALLSIM" grade --format jsonl "$OUT"/transcripts/*.txt > "$OUT/grades.jsonl"

python3 scripts/corpus/agreement.py scripts/corpus/reference-labels.tsv "$OUT/grades.jsonl" \
    scripts/corpus/disagreements.tsv | tee "$OUT/agreement.md"
echo "transcripts, grades and table in $OUT" >&2
