#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer + AddressSanitizer) of every parsing entry
# point: front matter, article parsing and segmentation, the tagger and
# resolver, the commitments file, concord.yaml, the analyses on one article,
# the web-page reader (html), the feed reader (feed) and the parse cache's binary
# form (cache: round trip, and damaged blobs).
#
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#        FUZZ_RUNS=10000000 scripts/fuzz.sh 86400 TARGET...   (stop after N executions)
#   default 60 s per target, all targets. Exits non-zero on any crash, leak or
#   timeout; the input that caused it is kept in Tests/fuzz-regressions/TARGET/,
#   which the unit tests replay (FuzzRegressionTests).
# Prints, per target, the executions run and the coverage reached.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(frontmatter article tagger commitments config analyses html feed cache)
bash scripts/setup.sh >&2
swift build -c release --scratch-path .build-fuzz --product concord-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld >&2
BIN=.build-fuzz/release/concord-fuzz
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Seed corpora: the project's own articles and YAML, and a sample of the eval sets.
seed() {
  local target=$1 dir="$WORK/seed-$1"
  mkdir -p "$dir"
  case "$target" in
    commitments) cp data/commitments.yaml "$dir/"; [ -f scripts/bench/silver-commitments.yaml ] && cp scripts/bench/silver-commitments.yaml "$dir/" ;;
    config) printf 'title: T\nanchor: 2026-01-16\ncommitments: commitments.yaml\n' > "$dir/a.yaml" ;;
    html) printf '<html lang="en"><head><title>T | S</title><meta property="og:title" content="T"></head><body><nav><a href="/">Home</a></nav><article><h1>T</h1><p class="byline">By A B</p><p>On Friday, the two met, officials said.</p><br><br>More.<div><h3>Join</h3><form><label>Email</label><input type="email"><button>Go</button></form><p>We write to readers every week.</p></div></article><footer>F</footer></body></html>' > "$dir/a.html"
       [ -d ../shared/eval/html-dev/pages ] && ls ../shared/eval/html-dev/pages | head -12 | while read -r f; do head -c 8000 "../shared/eval/html-dev/pages/$f" > "$dir/$f"; done ;;
    feed) printf '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>A &amp; B</title><link>http://x/1</link><author>a@b (Ann)</author><pubDate>Fri, 16 Jan 2026 09:30:00 +0000</pubDate><description>&lt;p&gt;On Friday.&lt;/p&gt;</description></item></channel></rss>' > "$dir/a.rss"
       printf '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>B</title><entry><title type="html">N &lt;em&gt;x&lt;/em&gt;</title><link rel="alternate" href="http://b/n"/><author><name>C</name></author><published>2026-01-18T08:00:00Z</published><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Friday.</p></div></content></entry></feed>' > "$dir/b.atom" ;;
    frontmatter) for f in data/articles/*.txt; do sed -n '2,/^---$/p' "$f" | sed '$d' > "$dir/$(basename "$f")"; done ;;
    *) cp data/articles/*.txt "$dir/"
       for d in ../shared/eval/timebank ../shared/eval/wikiwars-train; do
         [ -d "$d" ] && ls "$d" | head -8 | while read -r f; do head -c 4000 "$d/$f" > "$dir/$(basename "$d")-$f"; done
       done ;;
  esac
  echo "$dir"
}

failed=0
printf "%-12s %12s %8s %8s  %s\n" "target" "executions" "cov" "ft" "result"
for t in "${TARGETS[@]}"; do
  seeds=$(seed "$t")
  mkdir -p "$WORK/corpus-$t" "Tests/fuzz-regressions/$t"
  log="$WORK/$t.log"
  set +e
  CONCORD_FUZZ_TARGET=$t ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 "$BIN" "$WORK/corpus-$t" "$seeds" \
    -max_total_time="$SECONDS_PER" ${FUZZ_RUNS:+-runs="$FUZZ_RUNS"} -timeout=10 -rss_limit_mb=4096 -max_len=8192 \
    -artifact_prefix="Tests/fuzz-regressions/$t/" -print_final_stats=1 > "$log" 2>&1
  code=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
  if [ "$code" = 0 ]; then result="ok"; else result="FAILED (exit $code; see below)"; failed=1; fi
  printf "%-12s %12s %8s %8s  %s\n" "$t" "$runs" "$cov" "$ft" "$result"
  if [ "$code" != 0 ]; then tail -40 "$log"; fi
done
exit $failed
