#!/usr/bin/env bash
# Scores Concord's temporal tagger with the TempEval-3 scorer in ../shared/eval
# on TimeBank (news) and WikiWars (narratives). Each set is split into a
# development part and a validation part kept aside from rule work (TimeBank:
# every fifth article in name order; WikiWars: the last five articles), and
# the table gives strict, relaxed, value, type and placement F1 for both parts.
# Usage: scripts/eval-timex.sh [EVAL_DIR]
#        scripts/eval-timex.sh [EVAL_DIR] --errors N   (TimeBank errors, as the scorer lists them)
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${1:-../shared/eval}
# Parse afresh, and write no .concord/ cache into the shared data folders.
export CONCORD_NO_CACHE=1
shift || true
[ -d "$EVAL/timebank" ] || { echo "eval-timex: $EVAL/timebank not found" >&2; exit 1; }
bash scripts/setup.sh >&2
swift build -c release --product concord >&2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
.build/release/concord timex "$EVAL/timebank" --format json > "$TMP/tb.jsonl"
if [ $# -gt 0 ]; then
  python3 "$EVAL/timex_score.py" --gold "$EVAL/timebank-gold.jsonl" --system "$TMP/tb.jsonl" "$@"
  exit 0
fi
python3 scripts/timex_eval.py --gold "$EVAL/timebank-gold.jsonl" --system "$TMP/tb.jsonl" \
  --scorer "$EVAL/timex_score.py" --label "TimeBank (news)" --split every5
if [ -d "$EVAL/wikiwars-train" ]; then
  .build/release/concord timex "$EVAL/wikiwars-train" --format json > "$TMP/ww.jsonl"
  python3 scripts/timex_eval.py --gold "$EVAL/wikiwars-train-gold.jsonl" --system "$TMP/ww.jsonl" \
    --scorer "$EVAL/timex_score.py" --label "WikiWars (narratives)" --split last5
fi
