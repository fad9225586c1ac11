#!/usr/bin/env bash
# Scores Concord's web-page extractor on ../shared/eval/html-dev: the share of
# must-have snippets found in the main text and of must-not-have snippets kept
# out (development and validation parts, see scripts/extract_eval.py), and the
# speed of `concord extract` over all pages on one core (MB/s of HTML read,
# best of three runs).
# Usage: scripts/eval-extract.sh [EVAL_DIR] [--errors N]
set -euo pipefail
# (the corpus folder is not ours: no parse cache written into it, and every run parses)
export CONCORD_NO_CACHE=1
cd "$(dirname "$0")/.."
EVAL=${1:-../shared/eval}
shift || true
DEV="$EVAL/html-dev"
[ -d "$DEV/pages" ] || { echo "eval-extract: $DEV/pages not found" >&2; exit 1; }
bash scripts/setup.sh >&2
swift build -c release --product concord >&2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
BIN=.build/release/concord
"$BIN" extract "$DEV/pages" --format json > "$TMP/out.jsonl" 2> "$TMP/err.txt" || true
python3 scripts/extract_eval.py --snippets "$DEV/snippets.json" --system "$TMP/out.jsonl" "$@"
python3 - "$BIN" "$DEV/pages" <<'PY'
import os, subprocess, sys, time
binary, pages = sys.argv[1], sys.argv[2]
size = sum(os.path.getsize(os.path.join(pages, f)) for f in os.listdir(pages))
best = None
for _ in range(3):
    start = time.perf_counter()
    subprocess.run(["taskset", "-c", "0", binary, "extract", pages, "--format", "json"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t = time.perf_counter() - start
    best = t if best is None else min(best, t)
print(f"speed: {size / 1e6:.1f} MB of HTML in {best:.2f} s on one core = {size / 1e6 / best:.1f} MB/s")
PY
