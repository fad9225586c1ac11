#!/usr/bin/env python3
"""Scores `concord extract` output against html-dev's snippets.json: the share
of `with` strings found in the main text and of `without` strings absent from
it. Pages are split into development and validation (every fifth page in file
name order is validation, kept aside from rule work); both are reported.
Whitespace is collapsed on both sides before matching."""
import argparse, json, os, re, sys

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

ap = argparse.ArgumentParser()
ap.add_argument("--snippets", required=True)
ap.add_argument("--system", required=True, help="concord extract --format json output")
ap.add_argument("--errors", type=int, default=0, help="list up to N misses (development pages only: validation stays unseen)")
args = ap.parse_args()

texts = {}
with open(args.system, encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if not line:
            continue
        d = json.loads(line)
        texts[os.path.basename(d["path"])] = norm(d["text"])

pages = sorted(json.load(open(args.snippets, encoding="utf-8")), key=lambda p: p["file"])
parts = {"development": [0, 0, 0, 0], "validation": [0, 0, 0, 0]}
misses = []
for i, p in enumerate(pages):
    part = parts["validation" if i % 5 == 4 else "development"]
    text = texts.get(p["file"], "")
    dev = i % 5 != 4
    for s in p.get("with", []):
        part[1] += 1
        if norm(s) in text:
            part[0] += 1
        elif dev:
            misses.append((p["file"], "missing", s))
    for s in p.get("without", []):
        part[3] += 1
        if norm(s) not in text:
            part[2] += 1
        elif dev:
            misses.append((p["file"], "unwanted", s))

def pct(a, b):
    return 100.0 * a / b if b else 0.0

print(f"{'html-dev':<14} {'pages':>5} {'with found':>12} {'without absent':>15}")
tot = [0, 0, 0, 0]
for name, v in parts.items():
    n = sum(1 for i, _ in enumerate(pages) if (i % 5 == 4) == (name == "validation"))
    print(f"{name:<14} {n:>5} {pct(v[0], v[1]):>11.1f}% {pct(v[2], v[3]):>14.1f}%")
    tot = [a + b for a, b in zip(tot, v)]
print(f"{'all':<14} {len(pages):>5} {pct(tot[0], tot[1]):>11.1f}% {pct(tot[2], tot[3]):>14.1f}%")
missing_pages = [p["file"] for p in pages if p["file"] not in texts]
if missing_pages:
    print(f"pages with no output: {len(missing_pages)} ({', '.join(missing_pages[:5])}…)")
for m in misses[: args.errors]:
    print("  %s: %s %r" % m)
