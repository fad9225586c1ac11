#!/usr/bin/env bash
# End-to-end test: drives the real concord binary in tmux, as a person would,
# and checks the screen and that the terminal is restored.
# Usage: scripts/e2e.sh [path/to/concord]   (builds a debug binary if not given)
set -euo pipefail
# grep that reads all of its input: "grep -q" exits at the first match, and the
# writer before it in a pipe then dies of SIGPIPE, which pipefail turns into a
# failed check (it failed "matrix md evidence" once on a loaded machine).
has() { grep "$@" > /dev/null; }
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "e2e: tmux is required (apt-get install -y tmux)" >&2; exit 1; }

BIN=${1:-}
if [ -z "$BIN" ]; then
  swift build --product concord >&2
  BIN="$(swift build --show-bin-path)/concord"
fi
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")

SOCK="concord-e2e-$$-0"
RUN=0
TMP=$(mktemp -d)
PASS=0
FAIL=0
T() { tmux -L "$SOCK" "$@"; }
cleanup() { T kill-server 2>/dev/null || true; rm -rf "$TMP"; }
trap cleanup EXIT

screen() { T capture-pane -p -t e2e; }
ok() { PASS=$((PASS + 1)); echo "ok - $1"; }
bad() { FAIL=$((FAIL + 1)); echo "not ok - $1"; echo "---- screen ----"; screen || true; echo "----------------"; }

# wait_for TEXT [SECONDS]: until the screen contains TEXT.
wait_for() {
  local deadline=$((SECONDS + ${2:-10}))
  while [ $SECONDS -lt $deadline ]; do
    if screen | has -F -- "$1"; then return 0; fi
    sleep 0.1
  done
  return 1
}
# (20 s by default: a debug build on a busy CI machine may take seconds to compute a view;
# the check passes as soon as the text is on the screen)
expect() { if wait_for "$1" "${3:-20}"; then ok "$2"; else bad "$2 (wanted: $1)"; fi; }
expect_not() { sleep 0.3; if screen | has -F -- "$1"; then bad "$2 (unwanted: $1)"; else ok "$2"; fi; }
keys() { T send-keys -t e2e "$@"; sleep 0.15; }
check_json() { # check_json NAME PYTHON-EXPRESSION < json
  if python3 -c "import json,sys; d=json.load(sys.stdin); assert $2, 'assertion'" 2>/dev/null; then ok "$1"; else bad "$1"; fi
}
alt_screen() { T display -p -t e2e '#{alternate_on}'; }
# click X Y: a left click (press and release) at a 0-based cell, as an xterm sends it.
click() { T send-keys -t e2e -l "$(printf '\033[M %b%b\033[M#%b%b' "\\$(printf '%03o' $(($1 + 33)))" "\\$(printf '%03o' $(($2 + 33)))" "\\$(printf '%03o' $(($1 + 33)))" "\\$(printf '%03o' $(($2 + 33)))")"; sleep 0.2; }
wheel_down() { T send-keys -t e2e -l "$(printf '\033[Ma%b%b' "\\$(printf '%03o' $(($1 + 33)))" "\\$(printf '%03o' $(($2 + 33)))")"; sleep 0.2; }

# start CMD...: run a command in a fresh 100x30 session; the shell reports its exit status.
start() {
  T kill-server 2>/dev/null || true
  RUN=$((RUN + 1))
  SOCK="concord-e2e-$$-$RUN"
  T -u new-session -d -s e2e -x 100 -y 30 \
    "env LANG=${E2E_LANG:-C.UTF-8} LC_ALL=${E2E_LANG:-C.UTF-8} TERM=screen-256color $*; echo \"EXIT=\$?\"; sleep 600"
  sleep 0.2
}

finished() {
  if wait_for "EXIT=$1" 5; then ok "$2 (exit $1)"; else bad "$2 (wanted exit $1)"; fi
  if [ "$(alt_screen)" = "0" ]; then ok "$2: terminal left the alternate screen"; else bad "$2: alternate screen still on"; fi
}

echo "# browse data/"
start "'$BIN' data"
expect "Concord · Japan–Italy summit, Tokyo, January 2026 · 5 articles" "title bar shows the corpus"
expect "The Yomiuri Shi" "list shows inferred outlets"
expect "1 Articles" "status line lists the views"
[ "$(alt_screen)" = "1" ] && ok "runs on the alternate screen" || bad "alternate screen not used"
keys j j Enter
expect "▶ The Yomiuri Shimbun ·" "Enter opens the third article in the reader"
expect "inferred from dateline, line 1" "metadata shows provenance"
keys G
expect "peaceful use of space" "G goes to the bottom" 
keys g
expect "Published: 2026-01-16" "g returns to the top"
keys /
keys -l "special strategic"
keys Enter
expect "Match 2 of 4 for “special strategic”" "search starts at the reader's position"
keys n
expect "Match 3 of 4" "n moves to the next match"
expect "▶ Lenhart · Prime Minister Sanae Takaichi’s summit" "n opens the article of the match"
keys N
expect "Match 2 of 4" "N moves back"
keys Escape

echo "# timeline"
keys 2
expect "Sources: A 000  B 001  C The Yomiuri" "timeline shows the source legend"
expect "━━ 1866" "timeline starts with 1866"
expect "16 Jan 2026" "timeline lists 16 January 2026"
if screen | grep -F "16 Jan 2026" | has -F "A·CDE"; then ok "16 January is reported by four sources"; else bad "16 January markers"; fi
if screen | grep -F "15 Jan 2026" | has -F "·BC··"; then ok "15 January by two sources"; else bad "15 January markers"; fi
keys G
expect "Undated, relative and durations" "G reaches the undated section"
keys g
# 15 January 2026 is the 14th entry from the top.
for _ in $(seq 1 13); do keys j; done
keys Enter
expect "“January 15, 2026” 2026-01-15" "Enter lists the mentions"
keys j Enter
expect "In a significant diplomatic milestone" "Enter on a mention opens the article"
expect "“January 15, 2026” → 2026-01-15" "status names the expression and value"
keys Escape
expect "━━ 2026" "Esc returns to the timeline"
expect "“January 15, 2026” 2026-01-15" "back at the same place, still expanded"
keys z
expect "by month · all sources" "z zooms out to months"
keys z
expect "by year · all sources" "z zooms out to years"
keys z f
expect "only A" "f filters to one source"
keys 1

echo "# matrix, discrepancies, compare"
keys 3
expect "Commitment (by file)" "3 opens the agreement matrix"
if screen | grep -F "Elevate ties to a special strategic" | has -F "·  ●  ●  ●  ●"; then ok "strategic partnership: A silent, B-E confirmed"; else bad "strategic partnership row"; fi
if screen | grep -F "Coordinate in the G7" | has -F "·  ●  ·  ·  ·"; then ok "G7 coordination only in B"; else bad "G7 row"; fi
keys j l Enter
expect "B 001 · defense-security: confirmed" "Enter shows the cell's evidence"
expect "Both leaders agreed on the need to expand defense cooperation" "the evidence sentence is listed"
keys j Enter
expect "Esc: back" "Enter on evidence opens the article"
keys Escape
expect "defense-security: confirmed" "back returns to the same cell"
keys j Enter
expect "Esc: back" "the evidence sentence opens again"
keys q
expect "defense-security: confirmed" "q in an opened sentence goes back to the cell, not out"
keys q
expect_not "defense-security: confirmed" "q closes the evidence panel"
expect "Commitment (by file)" "the matrix is still open after q closed the panel"
keys o
expect "Commitment (by coverage)" "o sorts the rows"
keys / G C A P Enter
expect "Match 1 of 1 rows for “GCAP”" "/ in the matrix searches its rows"
if screen | grep -F "▶" | has -F "Jointly develop the next-generation fighter"; then ok "the matching row is selected"; else bad "matrix search selection"; fi
keys '|'
expect "only “GCAP”: 1 of 13" "| filters the matrix to the matching rows, and counts"
expect_not "Elevate ties to a special strategic" "rows that do not match are hidden"
keys '|'
expect "Elevate ties to a special strategic" "| again shows every row"
# At 80 columns the evidence panel wraps: a long sentence's last words are on screen.
T resize-window -t e2e -x 80 -y 24
keys o o g Enter
expect "│                 “special strategic partnership.”" "at 80 columns the evidence wraps and ends with its last words" 3
keys q
T resize-window -t e2e -x 100 -y 30
keys 4
expect "[date] date of the meeting" "4 lists the discrepancies"
expect "A C D E  (4 sources)" "16 January from four sources"
expect "[claim] first meeting" "the first-meeting claim is contradicted"
keys 5
expect "A 000 · Prime Ministers Giorgia Meloni" "5 compares two sources"
keys ']' ']'
expect "vs D" "] changes the right-hand source"
keys 1

keys '?'
expect "Keys (q, Esc or ? to close)" "? opens the help"
expect "│ Reader" "the help opens at the current view's section (the reader)"
keys g
expect "search the articles' text" "help lists the key table"
keys q
expect_not "Keys (q, Esc or ? to close)" "q closes the help first"
T resize-window -t e2e -x 60 -y 20
expect "2/5 " "after resizing to 60x20 the position is kept"
T resize-window -t e2e -x 30 -y 8
expect "Terminal too small" "tiny terminal says so"
T resize-window -t e2e -x 100 -y 30
expect "Concord · Japan–Italy summit" "growing again redraws"
keys q
finished 0 "q quits"

echo "# hostile text"
mkdir -p "$TMP/evil"
printf 'Evil\033]0;pwned\007 title\n\nText with \033[2J\033[31mred\033[0m and \342\200\256bidi and OSC 52 \033]52;c;aGVsbG8=\007 done.\n\nUnterminated \033]8;;http://x.test link\n' > "$TMP/evil/evil.txt"
printf 'Wide 東京 text. It is fine.\n' > "$TMP/evil/wide.txt"
start "'$BIN' '$TMP/evil'"
expect "Concord · evil" "hostile corpus opens"
keys Tab
expect "^[[31mred^[[0m" "CSI sequences are shown inert"
expect "^[]52;c;aGVsbG8=^G" "OSC 52 is shown inert"
expect "^[]8;;http://x.test" "unterminated OSC 8 is shown inert"
if [ "$(T display -p -t e2e '#{pane_title}')" != "pwned" ]; then ok "OSC 0 did not set the title"; else bad "OSC 0 set the title"; fi
keys Escape j
expect "Wide 東京 text" "wide characters are drawn"
keys q
finished 0 "quit after hostile text"

echo "# web pages and a feed"
mkdir -p "$TMP/web"
cat > "$TMP/web/accord.html" <<'HTML'
<html lang="en"><head><title>Leaders sign accord | Daily Example</title>
<meta property="og:site_name" content="Daily Example"><meta property="article:published_time" content="2026-01-16T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World news section</a></nav>
<article><h1>Leaders sign accord</h1><p class="byline">By Ann Reporter</p>
<p>The two governments agreed on Friday to expand their cooperation on energy, defence and trade, officials said.</p>
<p>Under the plan, the ministers will meet twice a year, starting in March, and review the projects.</p></article>
<div class="share-bar"><a href="#">Share this story on Facebook</a></div><footer>Copyright Daily Example, all rights reserved.</footer></body></html>
HTML
cat > "$TMP/web/wire.rss" <<'RSS'
<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>Summit ends in Tokyo</title><link>https://wire.example/1</link><pubDate>Sat, 17 Jan 2026 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The summit ended on Saturday with a joint statement.&lt;/p&gt;</description></item>
<item><title>Markets rise</title><link>https://wire.example/2</link><pubDate>Sun, 18 Jan 2026 10:00:00 GMT</pubDate>
<description>Markets rose on Sunday after the summit.</description></item></channel></rss>
RSS
start "'$BIN' '$TMP/web'"
expect "3 articles" "a folder of a web page and a feed opens: one article per page and per item"
expect "Daily Example" "the page's outlet comes from og:site_name"
expect "Example Wire" "feed items are labelled by the feed's title"
keys Tab
expect "The two governments agreed on Friday" "the page's main text is shown"
keys B
expect "Share this story on Facebook" "B shows the page's boilerplate blocks, kept"
keys q
"$BIN" extract "$TMP/web/accord.html" | check_json "extract prints the page's metadata and main text" \
  "d['outlet']=='Daily Example' and d['published']=='2026-01-16' and 'ministers will meet' in d['text'] and 'Facebook' not in d['text'] and 'Home' not in d['text']"
"$BIN" extract "$TMP/web/wire.rss" --format text | has "Markets rose on Sunday" && ok "extract --format text prints feed items' text" || bad "extract text"
# A page declaring a charset its bytes are not in: its whole text, and libxml2's
# messages are not printed (on a terminal in curses mode they would draw on the screen).
printf '<html><head><meta charset="iso-2022-jp"></head><body><p>Hello \x8f\xdf\x9c\x72 world, and the text after the bad bytes.</p></body></html>' > "$TMP/web/wrong-charset.html"
errs=$("$BIN" extract "$TMP/web/wrong-charset.html" --format text 2>&1 >/dev/null)
if [ -z "$errs" ] && "$BIN" extract "$TMP/web/wrong-charset.html" --format text | has "text after the bad bytes"; then
  ok "a wrong declared charset loses no text and prints no parser message"
else
  bad "wrong charset: stderr '$errs'"
fi
rm -f "$TMP/web/wrong-charset.html"
# A feed declaring Shift_JIS over UTF-8 bytes: every item, and no parser message.
printf '<?xml version="1.0" encoding="Shift_JIS"?><rss version="2.0"><channel><title>W</title><item><title>Caf\xc3\xa9 \xe2\x80\x94 one</title><description>First.</description></item><item><title>Second item</title><description>The second item is kept.</description></item></channel></rss>' > "$TMP/wrong-charset.rss"
errs=$("$BIN" extract "$TMP/wrong-charset.rss" --format json 2>&1 >/dev/null)
out=$("$BIN" extract "$TMP/wrong-charset.rss" --format json 2>/dev/null)
if [ -z "$errs" ] && printf '%s' "$out" | has "second item is kept" && printf '%s' "$out" | has 'Café — one'; then
  ok "a feed in another charset than it declares keeps every item"
else
  bad "wrong-charset feed: stderr '$errs', out '$out'"
fi
rm -f "$TMP/wrong-charset.rss"
# (blocks on lines of their own, separated by blank lines: real line breaks, not ^J)
lines=$("$BIN" extract "$TMP/web/accord.html" --format text | wc -l)
if [ "$lines" -ge 3 ] && ! "$BIN" extract "$TMP/web/accord.html" --format text | has '\^J'; then
  ok "extract --format text keeps its line breaks ($lines lines)"
else
  bad "extract --format text printed $lines lines or a ^J"
fi

echo "# save the screen"
ROOT=$(pwd)
start "sh -c \"cd '$TMP' && exec '$BIN' '$ROOT/data'\""
expect "Concord · Japan–Italy summit" "started in a scratch folder"
keys 3
# (w saves what is on screen, "Computing…" included: wait for the matrix first.)
expect "Elevate ties" "the matrix is shown"
keys w
expect "Saved the screen to concord-screen-1.txt" "w saves the screen"
if has -F "Elevate ties to a special strategic partnership" "$TMP/concord-screen-1.txt" 2>/dev/null; then ok "the saved file holds the matrix as text"; else bad "saved screen file"; fi
keys q
finished 0 "quit after saving"

echo "# signals"
start "'$BIN' data"
expect "Concord · Japan–Italy summit" "started for SIGTERM"
pkill -TERM -f "^$BIN data" || true
finished 0 "SIGTERM restores the terminal"
start "'$BIN' data"
expect "Concord · Japan–Italy summit" "started for Ctrl-C"
keys C-c
finished 0 "Ctrl-C restores the terminal"

echo "# monochrome and ASCII"
E2E_LANG=C start "env NO_COLOR=1 '$BIN' data"
expect "Concord" "runs with NO_COLOR in the C locale"
expect "---------" "ASCII rule replaces box drawing in a non-UTF-8 locale"
keys q
finished 0 "quit in the C locale"

echo "# errors"
mkdir -p "$TMP/badcommit"
printf 'One article. It says little.\n' > "$TMP/badcommit/a.txt"
printf 'commitments:\n  - id: x\n    title: X\n    match: [[a]]\n  - id: x\n    title: Y\n    match: []\n' > "$TMP/badcommit/commitments.yaml"
start "'$BIN' '$TMP/badcommit'"
expect "commitments.yaml:5:9: error: duplicate id 'x'" "a commitments error names file:line:column"
finished 2 "bad commitments file"
set +e; out=$("$BIN" check "$TMP/badcommit" 2>&1); code=$?; set -e
if [ "$code" = 1 ] && echo "$out" | has -F "commitments.yaml:5:9: error: duplicate id 'x'"; then ok "check reports the commitments file and exits 1"; else bad "check on a bad commitments file ($code): $out"; fi
mkdir -p "$TMP/badconfig"
printf 'Text.\n' > "$TMP/badconfig/a.txt"
printf 'title: ok\nanchor: 2026-02-30\n' > "$TMP/badconfig/concord.yaml"
start "'$BIN' '$TMP/badconfig'"
expect "concord.yaml:2:9: error: 'anchor' must be a date" "a concord.yaml error names file:line:column"
finished 2 "bad concord.yaml"
start "'$BIN' '$TMP/missing'"
expect "no such file or directory" "missing path is reported"
finished 2 "missing path"
mkdir -p "$TMP/empty"
start "'$BIN' '$TMP/empty'"
expect "No articles in" "empty folder says so"
keys q
finished 0 "quit empty corpus"
if out=$("$BIN" data 2>&1 </dev/null | cat); then :; fi
if echo "$out" | has -F "needs a terminal"; then ok "without a terminal it suggests a subcommand"; else bad "no-tty message: $out"; fi
set +e; "$BIN" data >/dev/null 2>&1 </dev/null; code=$?; set -e
[ "$code" = 2 ] && ok "without a terminal it exits 2" || bad "without a terminal exit was $code"

echo "# command line"
"$BIN" articles data --format json | check_json "articles --format json has 5 articles with provenance" \
  "len(d['articles'])==5 and all('provenance' in a and 'blocks' in a for a in d['articles'])"
"$BIN" timeline data --format json | check_json "timeline --format json starts with 1866" \
  "d['entries'][0]['value']=='1866' and d['entries'][0]['mentions'][0]['source']=='001_2be7601a8e87f725'"
"$BIN" matrix data --format json | check_json "matrix --format json has 13 rows with every source" \
  "len(d['commitments'])==13 and all(len(c['cells'])==5 for c in d['commitments'])"
"$BIN" discrepancies data --format json | check_json "discrepancies --format json finds the date of the meeting" \
  "any(x['kind']=='date' and 'meeting' in x['topic'] for x in d['discrepancies'])"
"$BIN" compare data --left 1 --right 2 --format json | check_json "compare --format json pairs two sources' sentences, the meeting's date differing" \
  "d['left']['source']=='000_15758e6d18e435b8' and d['pairs'][0]['relation']=='disagree' and sum(p['relation']=='both' for p in d['pairs'])>=3"
set +e; out=$("$BIN" compare data --left nosuch 2>&1); code=$?; set -e
if [ "$code" != 0 ] && echo "$out" | has -F "no source has this id"; then ok "compare names an unknown source and fails"; else bad "compare --left nosuch: $code $out"; fi
if "$BIN" timex data/articles/002_b93beab6d5cb87c1.txt --format json | python3 -c "import json,sys; l=[json.loads(x) for x in sys.stdin]; assert len(l)==1 and l[0]['doc']=='002_b93beab6d5cb87c1' and any(t['value']=='2024' for t in l[0]['timexes'])" 2>/dev/null; then ok "timex --format json prints one JSON line per file"; else bad "timex json"; fi
if "$BIN" matrix data --format csv | head -1 | has "^commitment,000_15758e6d18e435b8,"; then ok "matrix --format csv has a header row"; else bad "matrix csv"; fi
if "$BIN" timex data/articles/004_4a3883a6beb81ea6.txt --format timeml | has -F '<TIMEX3 tid="t'; then ok "timex --format timeml tags the body"; else bad "timeml"; fi
out=$("$BIN" matrix data --format md --evidence)
if echo "$out" | has "^## Evidence" && echo "$out" | has "cue: “agreed”" && echo "$out" | has "^| strategic-partnership"; then
  ok "matrix --format md --evidence prints the table and every cell's evidence"; else bad "matrix md evidence"; fi
set +e; "$BIN" matrix data --evidence >/dev/null 2>&1; code=$?; set -e
[ "$code" = 64 ] && ok "--evidence without --format md is a usage error" || bad "--evidence alone exit $code"
set +e; "$BIN" matrix data --format xml >/dev/null 2>&1; code=$?; set -e
[ "$code" = 64 ] && ok "an unknown --format is a usage error" || bad "unknown format exit $code"

echo "# a crash (a runtime trap) still restores the terminal"
start "SWIFT_BACKTRACE=enable=no CONCORD_TEST_CRASH=1 '$BIN' data 2>/dev/null"
if wait_for "EXIT=132" 10 || wait_for "EXIT=133" 1; then ok "the trapped process died of its signal"; else bad "crash exit status"; fi
if [ "$(alt_screen)" = "0" ]; then ok "after the crash the terminal left the alternate screen"; else bad "after the crash the alternate screen is still on"; fi

echo "# bad inputs: clear messages, no crash"
mkdir -p "$TMP/deep"
python3 -c "import sys; open(sys.argv[1], 'w').write('---\ntitle: ' + '[' * 5000 + ']' * 5000 + '\n---\n\nIt rained on Friday.\n')" "$TMP/deep/a.txt"
set +e; out=$("$BIN" check "$TMP/deep" 2>&1); code=$?; set -e
if echo "$out" | has "a.txt:2:.*nests deeper than 64 levels" && [ "$code" = 1 ]; then ok "deeply nested front matter is a problem with line:column"; else bad "deep YAML: $code $out"; fi

# An unreadable subfolder is a listed problem, not a silent loss. Root reads
# everything, so this runs as an unprivileged user where setpriv is at hand.
mkdir -p "$TMP/perm/locked"
echo "It rained on Friday." > "$TMP/perm/a.txt"
echo "Hidden." > "$TMP/perm/locked/b.txt"
chmod 755 "$TMP" "$TMP/perm"; chmod 644 "$TMP/perm/a.txt"; chmod 000 "$TMP/perm/locked"
AS_USER=""
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then AS_USER="setpriv --reuid=65534 --regid=65534 --clear-groups"; fi
# (a copy of the binary, so that the unprivileged user can reach it)
cp "$BIN" "$TMP/concord-copy"; chmod 755 "$TMP/concord-copy"
if [ -n "$AS_USER" ] && ! $AS_USER "$TMP/concord-copy" --version >/dev/null 2>&1; then AS_USER=""; fi
if [ "$(id -u)" != 0 ] || [ -n "$AS_USER" ]; then
  out=$($AS_USER "$TMP/concord-copy" check "$TMP/perm" 2>&1 || true)
  if echo "$out" | has "locked: warning: folder cannot be read" && echo "$out" | has "^1 articles, 0 errors, 1 warnings"; then
    ok "an unreadable subfolder is listed by check"; else bad "unreadable subfolder: $out"; fi
else
  echo "ok - an unreadable subfolder is listed by check # SKIP root, and no unprivileged user could run the binary"
fi
chmod 755 "$TMP/perm/locked"

echo "# the mouse: clicks select and open, tabs switch views, the wheel scrolls; --no-mouse"
start "'$BIN' data"
expect "5 articles" "data/ opens for the mouse"
[ "$(T display -p -t e2e '#{mouse_any_flag}')" = 1 ] && ok "Concord asks the terminal for mouse events" || bad "no mouse events asked for"
click 5 4
expect "▶ The Yomiuri" "a click selects the article list's third row"
wheel_down 5 4
expect "▶ Sankei" "the wheel scrolls the list"
x=$(screen | tail -1 | python3 -c "import sys; print(sys.stdin.read().index(' 3 '))")
click "$((x + 1))" 29
expect "Commitment (by file)" "a click on the status line's tab 3 opens the matrix"
y=$(screen | grep -n "Jointly develop" | cut -d: -f1)
x=$(screen | grep "Commitment (by" | python3 -c "import sys; print(sys.stdin.read().index(' C '))")
click "$((x + 1))" "$((y - 1))"
expect "▶ Jointly develop" "a click selects a matrix row"
click "$((x + 1))" "$((y - 1))"
expect "gcap-fighter: confirmed" "a second click on the cell opens its evidence" 3
keys Q
finished 0 "Q after clicks"
start "'$BIN' data --no-mouse"
expect "5 articles" "data/ opens with --no-mouse"
[ "$(T display -p -t e2e '#{mouse_any_flag}')" = 0 ] && ok "--no-mouse leaves the mouse to the terminal" || bad "--no-mouse still asks for mouse events"
keys q
finished 0 "q with --no-mouse"

echo "# o opens the article's URL with \$BROWSER (one argument, no shell)"
mkdir -p "$TMP/web"
printf -- '---\ntitle: With an address\nurl: https://example.com/news/a?x=1&y=$(touch${IFS}pwned)\n---\n\nThe talks resumed on March 3, 2026.\n' > "$TMP/web/a.txt"
printf '#!/bin/sh\nprintf "%%s\\n" "$@" > "%s/opened.txt"\n' "$TMP" > "$TMP/browser.sh"; chmod +x "$TMP/browser.sh"
start "BROWSER='$TMP/browser.sh' '$BIN' '$TMP/web'"
expect "With an address" "a page with a URL opens"
keys o
expect "Opening https://example.com/news/a" "o says it opens the address"
for i in 1 2 3 4 5 6 7 8 9 10; do [ -s "$TMP/opened.txt" ] && break; sleep 0.2; done
if [ "$(cat "$TMP/opened.txt" 2>/dev/null)" = 'https://example.com/news/a?x=1&y=$(touch${IFS}pwned)' ]; then
  ok "the browser got the address as one argument"
else bad "browser arguments: $(cat "$TMP/opened.txt" 2>/dev/null)"; fi
[ -e "$TMP/pwned" ] && bad "the address went through a shell" || ok "no shell ran the address"
keys q
finished 0 "q after o"

echo "# a large folder streams in; R reloads; the parse cache"
mkdir -p "$TMP/big"
python3 - "$TMP/big" <<'PY'
import os, sys
for i in range(900):
    with open(os.path.join(sys.argv[1], "a%04d.txt" % i), "w") as f:
        f.write("---\npublished: 2026-01-%02d\noutlet: Outlet %d\n---\n\nThe council met on January %d, 2026, and %d people came.\n" % (i % 28 + 1, i % 7, i % 28 + 1, i))
PY
# (standard error to a file: a crash's backtrace is kept and printed below)
# (--no-watch: this checks R itself; the folder watch has its own check below)
start "SWIFT_BACKTRACE=enable=yes,interactive=no '$BIN' '$TMP/big' --no-watch 2>'$TMP/big-stderr.txt'"
expect "Loaded 900 articles" "a folder of 900 files is loaded while the browser runs" 30
expect "· 900 articles" "the title bar counts every article"
[ -f "$TMP/big/.concord/cache.sqlite" ] && ok "the parse cache is written in .concord/" || bad "no .concord/cache.sqlite"
keys 2
expect "Timeline › " "the timeline of the streamed corpus" 30
echo "The council met again on February 2, 2026." > "$TMP/big/zz-new.txt"
rm "$TMP/big/a0000.txt"
keys R
expect "Reloaded: 900 articles (1 new, 1 gone)" "R picks up an added and a removed file" 30
keys G
expect "2 Feb 2026" "the added file's date is on the timeline" 30
keys Q
finished 0 "Q after a reload"
if [ -s "$TMP/big-stderr.txt" ]; then echo "---- standard error of the 900-file session ----"; head -c 20000 "$TMP/big-stderr.txt"; echo "----"; fi
# R in a small folder (read before the first frame) reads the folder afresh too.
mkdir -p "$TMP/small"
cp data/articles/*.txt "$TMP/small/"
start "'$BIN' '$TMP/small' --no-watch"
expect "· 5 articles" "a small folder opens"
printf -- '---\ntitle: Added later\n---\n\nThe talks resumed on March 3, 2026.\n' > "$TMP/small/zz.txt"
keys R
expect "Reloaded: 6 articles (1 new, 0 gone)" "R in a small folder picks up an added file" 15
expect "· 6 articles" "the title bar counts it"
keys Q
finished 0 "Q after R in a small folder"
echo "# the folder is watched: changes reload it without a key; Concord's own writes do not"
# (run inside the folder, so that w saves its screen there)
start "sh -c \"cd '$TMP/small' && exec '$BIN' .\""
expect "· 6 articles" "the watched folder opens"
printf -- '---\ntitle: Added while open\n---\n\nThe talks ended on March 4, 2026.\n' > "$TMP/small/zz2.txt"
expect "Reloaded: 7 articles (1 new, 0 gone)" "an added file is picked up without a key" 15
rm "$TMP/small/zz.txt"
expect "Reloaded: 6 articles (0 new, 1 gone)" "a removed file is dropped without a key" 15
keys w
expect "Saved the screen to" "w saves a screen (into the current folder)"
sleep 1.5
expect_not "Reloaded" "the cache, the notes and a saved screen do not count as changes"
keys Q
finished 0 "Q in a watched folder"
echo "# the analyst's marks and notes are kept in concord-notes.yaml"
cp -r data "$TMP/notes"
rm -rf "$TMP/notes/.concord" "$TMP/notes/concord-notes.yaml"
start "'$BIN' '$TMP/notes'"
expect "· 5 articles" "a copy of data/ opens"
keys 3
expect "row 1/" "the matrix"
keys v
expect "Marked verified" "v marks the cell"
keys l a
T send-keys -t e2e -l "Checked against the joint statement"
keys Enter
expect "Note saved" "a writes a note"
keys =
expect "Stance (c h x m n s): " "= asks for a stance"
keys x Enter
expect "Your stance: contradicted" "x then Enter sets the analyst's stance"
keys e
expect "Exported the whole view to" "e exports the whole view"
export_file=$(ls "$TMP/notes"/concord-matrix-*.md 2>/dev/null | head -1)
if [ -n "$export_file" ] && [ "$(grep -c '^### ' "$export_file")" = 13 ] && has -F "cue: “agreed”" "$export_file" \
   && has -F "your stance: contradicted" "$export_file"; then
  ok "the export holds all 13 rows with their evidence, cues and the analyst's stance"; else bad "export file: $export_file"; fi
sleep 1
expect "· 5 articles" "the export in the watched folder is not read back as an article"
keys Q
finished 0 "Q after marking"
if has "mark: verified" "$TMP/notes/concord-notes.yaml" && has 'note: "Checked against the joint statement"' "$TMP/notes/concord-notes.yaml"; then
  ok "concord-notes.yaml holds the mark and the note"; else bad "notes file: $(cat "$TMP/notes/concord-notes.yaml" 2>&1)"; fi
start "'$BIN' '$TMP/notes'"
# (keys sent before the browser reads them are lost: wait for its first frame)
wait_for "· 5 articles" 20 || true
keys 3
expect "·✓ ✕'" "the mark and the analyst's stance are shown after a restart"
keys l Enter
expect "Note: Checked against the joint statement" "the note heads the evidence panel"
keys Q
finished 0 "Q after reopening"
"$BIN" matrix "$TMP/notes" --format json > "$TMP/notes.json"
check_json "matrix --format json carries the analyst's word" "sum(1 for r in d['commitments'] for c in r['cells'] if c.get('analyst')) == 2 and any(c.get('analyst') == {'stance': 'contradicted', 'verified': None, 'note': 'Checked against the joint statement'} for r in d['commitments'] for c in r['cells'])" < "$TMP/notes.json"
printf 'cells:\n  - commitment: x\n    source: y\n    mark: maybe\n' > "$TMP/notes/concord-notes.yaml"
start "'$BIN' '$TMP/notes'"
expect "concord-notes.yaml:4:11: error: 'mark' is verified or wrong" "a broken notes file is reported with its place"
finished 2 "a broken notes file stops the browser"
has "mark: maybe" "$TMP/notes/concord-notes.yaml" && ok "the broken notes file is left as it was" || bad "notes file was overwritten"
set +e; out=$("$BIN" check "$TMP/notes" 2>&1); code=$?; set -e
if echo "$out" | has "concord-notes.yaml:4:11: error" && [ "$code" = 1 ]; then ok "check lists the notes file's error"; else bad "check and notes: $code $out"; fi
# Second open from the cache, then a damaged cache: a warning, the same corpus.
"$BIN" check "$TMP/big" > "$TMP/check1.txt" 2>&1
printf 'this is not a database, just junk %.0s' $(seq 1 300) > "$TMP/big/.concord/cache.sqlite"
set +e; "$BIN" check "$TMP/big" > "$TMP/check2.txt" 2>&1; code=$?; set -e
if has "parse cache was damaged" "$TMP/check2.txt" && has "^900 articles, 0 errors, 1 warnings" "$TMP/check2.txt" && [ "$code" = 0 ]; then
  ok "a damaged cache is rebuilt with a warning"; else bad "damaged cache: $code $(cat "$TMP/check2.txt")"; fi
set +e; "$BIN" check "$TMP/big" > "$TMP/check3.txt" 2>&1; set -e
if cmp -s "$TMP/check1.txt" "$TMP/check3.txt"; then ok "after the rebuild check is as before"; else bad "check after rebuild: $(cat "$TMP/check3.txt")"; fi
# Two Concord processes on one corpus, the cache cold: both finish with the same result.
rm -rf "$TMP/big/.concord"
"$BIN" timeline "$TMP/big" --format json > "$TMP/t1.json" 2>"$TMP/t1.err" & p1=$!
"$BIN" timeline "$TMP/big" --format json > "$TMP/t2.json" 2>"$TMP/t2.err" & p2=$!
set +e; wait $p1; c1=$?; wait $p2; c2=$?; set -e
"$BIN" timeline "$TMP/big" --format json --no-cache > "$TMP/t3.json" 2>/dev/null
if [ "$c1" = 0 ] && [ "$c2" = 0 ] && cmp -s "$TMP/t1.json" "$TMP/t3.json" && cmp -s "$TMP/t2.json" "$TMP/t3.json"; then
  ok "two processes on one corpus agree with a run without the cache"; else bad "two processes: $c1 $c2 $(cat "$TMP/t1.err" "$TMP/t2.err")"; fi

echo "# an event's reports without a commitments file: the matrix proposes the facts they share"
mkdir -p "$TMP/event"
printf -- '---\noutlet: A\npublished: 2025-02-03\n---\nAn explosion at a chemical plant killed two workers on Monday. About 400 residents were evacuated as a precaution.\n\nPolice have arrested a contractor.\n' > "$TMP/event/a.md"
printf -- '---\noutlet: B\npublished: 2025-02-03\n---\nTwo workers died in a blast at the chemical plant. Some 350 people were evacuated from nearby streets.\n\nA contractor was detained, police said.\n' > "$TMP/event/b.md"
printf -- '---\noutlet: C\npublished: 2025-02-04\n---\nResidents returned home on Tuesday after a blast at the chemical plant.\n\nPolice said no one had been arrested.\n' > "$TMP/event/c.md"
start "'$BIN' '$TMP/event'"
wait_for "· 3 articles" 20 || true
keys 3
expect "proposed by concord discover" "the matrix of an event's reports is discovered"
if screen | grep -F "Contractor arrested" | has -F "●  ●  ✕"; then ok "the arrest is a row, denied by the third report"; else bad "fact row: arrest"; fi
expect "Residents evacuated" "the evacuation is a row"
keys Q
finished 0 "Q after an event's matrix"

echo
echo "e2e: $PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
