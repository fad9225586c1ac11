#!/usr/bin/env bash
# Compares the time expressions two builds of Concord find, on the eval sets
# (TimeBank, WikiWars and the ungraded silver/ news): the tool behind the
# README's "on silver/, N added, M removed, K values changed" counts. Every
# change is listed (document, text, type, value), then counted by kind:
#   added / removed   an expression the other build does not have at all
#   value             the same span with another type or value
#   span              overlapping spans with other bounds (widened or narrowed)
# Usage: scripts/diff-timex.sh BASE_BINARY NEW_BINARY [SET...]
#   SET is a folder name under ../shared/eval (default: timebank
#   wikiwars-train silver). EVAL=DIR overrides the eval folder.
#   Build the base with `git worktree add /tmp/base COMMIT && (cd /tmp/base &&
#   swift build -c release)`, then pass /tmp/base/.build/release/concord.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: scripts/diff-timex.sh BASE_BINARY NEW_BINARY [SET...]" >&2; exit 2; }
BASE=$1 NEW=$2
shift 2
SETS=("$@")
[ ${#SETS[@]} -gt 0 ] || SETS=(timebank wikiwars-train silver)
cd "$(dirname "$0")/.."
EVAL=${EVAL:-../shared/eval}
for b in "$BASE" "$NEW"; do [ -x "$b" ] || { echo "diff-timex: $b is not an executable" >&2; exit 2; }; done
export CONCORD_NO_CACHE=1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for set in "${SETS[@]}"; do
  [ -d "$EVAL/$set" ] || { echo "diff-timex: $EVAL/$set not found" >&2; exit 2; }
  "$BASE" timex "$EVAL/$set" --format json > "$TMP/base.jsonl"
  "$NEW" timex "$EVAL/$set" --format json > "$TMP/new.jsonl"
  python3 - "$set" "$TMP/base.jsonl" "$TMP/new.jsonl" <<'PY'
import json, sys
name, base_path, new_path = sys.argv[1:4]

def load(path):
    docs = {}
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        docs[d["doc"]] = {(t["start"], t["end"]): (t["text"], t["type"], t["value"]) for t in d["timexes"]}
    return docs

base, new = load(base_path), load(new_path)
counts = {"added": 0, "removed": 0, "value": 0, "span": 0}
for doc in sorted(set(base) | set(new)):
    a, b = base.get(doc, {}), new.get(doc, {})
    if a == b:
        continue
    only_a = {k: v for k, v in a.items() if b.get(k) != v}
    only_b = {k: v for k, v in b.items() if a.get(k) != v}
    for key in sorted(set(only_a) & set(only_b)):
        print(f"{name}\t{doc}\tvalue\t{only_a[key][0]!r}\t{only_a[key][1]} {only_a[key][2]} -> {only_b[key][1]} {only_b[key][2]}")
        counts["value"] += 1
        del only_a[key], only_b[key]
    for (s, e), old in sorted(only_a.items()):
        over = [(k, v) for k, v in only_b.items() if k[0] < e and s < k[1]]
        if over:
            (ns, ne), nv = over[0]
            del only_b[(ns, ne)]
            print(f"{name}\t{doc}\tspan\t{old[0]!r} {old[1]} {old[2]} -> {nv[0]!r} {nv[1]} {nv[2]}")
            counts["span"] += 1
        else:
            print(f"{name}\t{doc}\tremoved\t{old[0]!r}\t{old[1]} {old[2]}")
            counts["removed"] += 1
    for (s, e), nv in sorted(only_b.items()):
        print(f"{name}\t{doc}\tadded\t{nv[0]!r}\t{nv[1]} {nv[2]}")
        counts["added"] += 1
print(f"{name}: {counts['added']} added, {counts['removed']} removed, "
      f"{counts['value']} values changed, {counts['span']} spans changed")
PY
done
