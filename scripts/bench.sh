#!/usr/bin/env bash
# Speed and memory figures for the README. Builds a release binary, then runs
# each measurement on one core (taskset) and prints the figures.
# Usage: scripts/bench.sh [SILVER_DIR]   (default: ../shared/eval/silver)
set -euo pipefail
cd "$(dirname "$0")/.."
SILVER=${1:-../shared/eval/silver}
# Parse afresh, and write no .concord/ cache into the shared data folders.
export CONCORD_NO_CACHE=1
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

# Growth: each input at 1x, 4x and 16x, so that any superlinear path shows.
# (a) one article that is a single run-on sentence of dates; (b) folders of
# one-line articles. Times are wall-clock seconds on one core, the whole
# command including its output, best of three runs.
GROW=$(mktemp -d)
trap 'rm -rf "$GROW"' EXIT
# (the best of three runs: this shared machine's speed varies from run to run)
secs() { python3 -c 'import subprocess, sys, time
best = None
for _ in range(3):
    t = time.time(); subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    best = min(best or 1e9, time.time() - t)
print("%.2f" % best)' "$@"; }
echo
echo "== growth: one run-on sentence of dates ('On January 16, 2026 and Friday, ' x N)"
printf "%-8s %10s %10s %14s\n" "N" "timex" "timeline" "discrepancies"
for n in 6250 25000 100000; do
  mkdir -p "$GROW/dense$n"
  python3 -c "import sys; open(sys.argv[1],'w').write('---\npublished: 2026-01-16\n---\n\n' + 'On January 16, 2026 and Friday, ' * int(sys.argv[2]) + '\n')" "$GROW/dense$n/a.txt" "$n"
  printf "%-8s %10s %10s %14s\n" "$n" "$(secs $ONE_CORE $BIN timex "$GROW/dense$n")" \
    "$(secs $ONE_CORE $BIN timeline "$GROW/dense$n")" "$(secs $ONE_CORE $BIN discrepancies "$GROW/dense$n")"
done
echo
echo "== growth: folders of N one-line articles"
printf "%-8s %10s %10s %14s %10s\n" "N" "check" "timeline" "discrepancies" "matrix"
for n in 1000 4000 16000; do
  python3 - "$GROW/tiny$n" "$n" <<'PY'
import os, random, sys
d, n = sys.argv[1], int(sys.argv[2])
os.makedirs(d, exist_ok=True)
random.seed(n)
for i in range(n):
    day = random.randint(1, 28)
    with open(os.path.join(d, "a%06d.txt" % i), "w") as f:
        f.write("---\npublished: 2026-01-%02d\n---\n\nThe summit in Tokyo was held on January %d, 2026, "
                "officials said, and %d people attended.\n" % (day, day, random.randint(10, 5000)))
PY
  printf "%-8s %10s %10s %14s %10s\n" "$n" "$(secs $ONE_CORE $BIN check "$GROW/tiny$n")" \
    "$(secs $ONE_CORE $BIN timeline "$GROW/tiny$n")" "$(secs $ONE_CORE $BIN discrepancies "$GROW/tiny$n")" \
    "$(secs $ONE_CORE $BIN matrix "$GROW/tiny$n")"
done
