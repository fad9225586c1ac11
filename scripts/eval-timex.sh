#!/usr/bin/env bash
# Scores Concord's temporal tagger on the TimeBank gold corpus with the
# TempEval-3 scorer in ../shared/eval and prints its table.
# Usage: scripts/eval-timex.sh [EVAL_DIR] [extra scorer args, e.g. --errors 20]
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${1:-../shared/eval}
shift || true
[ -d "$EVAL/timebank" ] || { echo "eval-timex: $EVAL/timebank not found" >&2; exit 1; }
bash scripts/setup.sh >&2
swift build -c release --product concord >&2
OUT=$(mktemp --suffix .jsonl)
trap 'rm -f "$OUT"' EXIT
.build/release/concord timex "$EVAL/timebank" --format json > "$OUT"
python3 "$EVAL/timex_score.py" --gold "$EVAL/timebank-gold.jsonl" --system "$OUT" "$@"
