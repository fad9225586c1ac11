#!/usr/bin/env bash
# Speed and memory figures for the README. Builds a release binary, then runs
# each measurement on one core (taskset) and prints the figures.
# Usage: scripts/bench.sh [SILVER_DIR]   (default: ../shared/eval/silver)
set -euo pipefail
cd "$(dirname "$0")/.."
SILVER=${1:-../shared/eval/silver}
bash scripts/setup.sh
swift build -c release --product concord >&2
BIN=.build/release/concord
ONE_CORE=""
command -v taskset >/dev/null && ONE_CORE="taskset -c 0"

echo "== data/ (load, segment, first frame)"
$ONE_CORE $BIN bench data --runs 5
echo
if [ -d "$SILVER" ]; then
  echo "== $SILVER (load, segment, first frame)"
  $ONE_CORE $BIN bench "$SILVER" --runs 3 --commitments scripts/bench/silver-commitments.yaml
else
  echo "(no $SILVER: skipped)"
fi
