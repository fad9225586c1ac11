#!/usr/bin/env python3
"""Checks wire-copy handling on a folder of plain-text stories (e.g.
../shared/eval/timebank): of the stories whose body opens with an agency
dateline (a capitalised place, optional qualifiers, an optional agency in
parentheses, then _ -- or a dash), how many get a dateline block; and of the
stories without a title in their front matter, how many get a title that is a
sentence of the story (not a dateline, byline or slug line).
Usage: scripts/eval-wire.py CONCORD_BINARY FOLDER"""
import json, re, subprocess, sys

binary, folder = sys.argv[1], sys.argv[2]
out = subprocess.run([binary, "articles", folder, "--format", "json"], capture_output=True, text=True).stdout
articles = json.loads(out)["articles"]
DATELINE = re.compile(r"^[A-Z][A-Z'.\- ]+(, [A-Z0-9][\w.' -]*){0,3}( ?\([A-Z][^()]{1,40}\))? ?(_|--|\u2014|\u2013| - )")
with_dateline = typed = untitled = lede = 0
import os
for a in articles:
    path = os.path.join(folder, a["path"])
    text = open(path, encoding="utf-8", errors="replace").read()
    front = ""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        front, body = text[4:end], text[end + 5:]
    else:
        body = text
    first = next((l.strip() for l in body.split("\n") if l.strip()), "")
    if DATELINE.match(first):
        with_dateline += 1
        if any(b["kind"] == "dateline" for b in a["blocks"][:4]):
            typed += 1
    if not re.search(r"^title:", front, re.M):
        untitled += 1
        title = a.get("title") or ""
        if title and not DATELINE.match(title) and " " in title and title in body and not title.isupper():
            lede += 1
print(f"{folder}: {len(articles)} stories")
if with_dateline:
    print(f"  agency datelines typed as dateline blocks: {typed}/{with_dateline} = {100 * typed / with_dateline:.1f}%")
if untitled:
    print(f"  stories without a title that get a lede title: {lede}/{untitled} = {100 * lede / untitled:.1f}%")
