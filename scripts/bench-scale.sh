#!/usr/bin/env bash
# Scale benchmark: builds a corpus of N articles (default 100,000) from
# ../shared/eval/silver (copies with new ids and publication dates shifted by one
# day per copy), then opens it in the real browser, in tmux, twice: a first open
# (no cache) and a second open (through .concord/cache.sqlite). For each it prints
# the time to the first frame, to the first articles on screen, to the fully loaded
# corpus, the peak resident memory, and the slowest key press (update and redraw)
# in each view (keys pressed as soon as the corpus is loaded, each view as soon as
# the previous one is shown), and how long each view took to be computed after it
# was first asked for (computing_ms; 0 when it was ready). Then the time of `concord check` (whole
# process) on a second open, for N and for silver itself.
# Usage: scripts/bench-scale.sh [N] [SILVER_DIR]
#        CONCORD_BIN=/path/to/concord scripts/bench-scale.sh N   (measure another build,
#        e.g. an earlier commit's, on the same corpus; nothing is built)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
SILVER=${2:-../shared/eval/silver}
[ -d "$SILVER" ] || { echo "bench-scale: $SILVER not found" >&2; exit 1; }
if [ -n "${CONCORD_BIN:-}" ]; then
  BIN=$CONCORD_BIN
else
  bash scripts/setup.sh --test >&2
  swift build -c release --product concord >&2
  BIN=$(pwd)/.build/release/concord
fi
WORK=${BENCH_SCALE_DIR:-/tmp/concord-scale}
CORPUS=$WORK/corpus-$N
mkdir -p "$WORK"
if [ ! -f "$CORPUS/.complete" ]; then
  echo "building $CORPUS ($N articles from $SILVER)…" >&2
  rm -rf "$CORPUS"
  python3 - "$SILVER" "$CORPUS" "$N" <<'PY'
import datetime, os, re, sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
names = sorted(f for f in os.listdir(src) if f.endswith(".txt"))
texts = [open(os.path.join(src, f), encoding="utf-8").read() for f in names]
pub = re.compile(r"^published: (\d{4})-(\d{2})-(\d{2})$", re.M)
for i in range(n):
    k, j = divmod(i, len(names))
    d = os.path.join(dst, "%03d" % (i // 1000))
    if i % 1000 == 0:
        os.makedirs(d, exist_ok=True)
    def shift(m):
        day = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) + datetime.timedelta(days=k)
        return "published: " + day.isoformat()
    text = pub.sub(shift, texts[j], count=1)
    with open(os.path.join(d, "c%06d_%s" % (i, names[j])), "w", encoding="utf-8") as f:
        f.write(text)
open(os.path.join(dst, ".complete"), "w").close()
PY
fi
command -v tmux >/dev/null || { echo "bench-scale: tmux is needed" >&2; exit 1; }
SOCK=concord-bench-$$
T() { tmux -L "$SOCK" "$@"; }
trap 'T kill-server 2>/dev/null || true' EXIT
screen() { T capture-pane -p -t b; }
wait_for() { # TEXT SECONDS
  local end=$((SECONDS + $2))
  while [ $SECONDS -lt $end ]; do screen | grep -qF -- "$1" && return 0; sleep 0.2; done
  echo "bench-scale: timed out waiting for '$1'" >&2; screen >&2; return 1
}

wait_ready() { # SECONDS: until the current view is no longer being computed
  local end=$((SECONDS + $1))
  while [ $SECONDS -lt $end ]; do screen | grep -qF -- "computing…" || return 0; sleep 0.2; done
  echo "bench-scale: timed out waiting for a view" >&2; return 1
}

# open LABEL DIR: one browser session; prints its figures.
open_once() {
  local label=$1 dir=$2 out="$WORK/timings-$1.txt" mem="$WORK/mem-$1.txt"
  rm -f "$out" "$mem"
  T kill-server 2>/dev/null || true
  T new-session -d -s b -x 120 -y 35 \
    "env CONCORD_TIMINGS=$out LANG=C.UTF-8 TERM=screen-256color /usr/bin/time -f %M -o $mem $BIN $dir; sleep 600"
  wait_for "Loaded " 600
  # Each key as soon as the previous one is drawn: 2 timeline, 3 matrix, 4 discrepancies, 5 compare.
  T send-keys -t b 2; sleep 0.3; wait_ready 900
  T send-keys -t b j; sleep 0.3
  T send-keys -t b 3; sleep 0.3; wait_ready 900
  T send-keys -t b j; sleep 0.3
  T send-keys -t b 4; sleep 0.3; wait_ready 900
  T send-keys -t b j; sleep 0.3
  T send-keys -t b 5; sleep 0.3; wait_ready 900
  T send-keys -t b 1; sleep 0.3
  T send-keys -t b j; sleep 0.3
  T send-keys -t b Q
  for _ in $(seq 1 100); do [ -s "$mem" ] && break; sleep 0.2; done
  echo "== $label"
  cat "$out"
  echo "peak_rss_mib $(( $(cat "$mem") / 1024 ))"
}

secs() { python3 -c 'import subprocess, sys, time
t = time.time(); subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print("%.3f" % (time.time() - t))' "$@"; }

rm -rf "$CORPUS/.concord"
echo "corpus: $N articles, $(du -sm "$CORPUS" | cut -f1) MiB; $(nproc) cores"
open_once first-open "$CORPUS"
open_once second-open "$CORPUS"
echo "== concord check, second open (whole process, s)"
echo "n$N $(secs "$BIN" check "$CORPUS")"
SCOPY=$WORK/silver-copy
rm -rf "$SCOPY"; cp -r "$SILVER" "$SCOPY"; chmod -R u+w "$SCOPY"
"$BIN" check "$SCOPY" >/dev/null
echo "silver $(secs "$BIN" check "$SCOPY") $(secs "$BIN" check "$SCOPY") $(secs "$BIN" check "$SCOPY")"
