#!/usr/bin/env python3
"""Scores Concord's timex output on one gold set, split into a development part
and a validation part that rule work must not look at, and adds the placement
metric.

Placement: of the DATE/TIME expressions whose value is a concrete calendar
point (a year, month, day or time written in digits, e.g. 1939-10 or
2026-01-16T10:00), how many land on the same point as the gold. A system
expression counts as correct when it overlaps a gold one and both values are
equal. This is what a reader of the timeline sees.

Usage: timex_eval.py --gold GOLD.jsonl --system SYS.jsonl --scorer timex_score.py
                     --label NAME --split RULE
RULE: 'every5' (every fifth document in name order is validation) or
      'last5' (the last five documents in name order are validation).
"""
import argparse
import importlib.util
import json
import re
import sys

CONCRETE = re.compile(r"^\d{4}(-(\d{2}|Q\d|H\d|W\d{2}|SP|SU|FA|WI)(-\d{2})?)?(T[\dA-Z:]+)?$")


def load(path):
    docs = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line:
            d = json.loads(line)
            docs[d["doc"]] = d
    return docs


def split(names, rule):
    names = sorted(names)
    if rule == "every5":
        val = {n for i, n in enumerate(names) if i % 5 == 4}
    elif rule == "last5":
        val = set(names[-5:])
    else:
        raise SystemExit("unknown split " + rule)
    return [n for n in names if n not in val], sorted(val)


def placement(scorer, gold, system, names):
    correct = n_sys = n_gold = 0
    for n in names:
        g = [t for t in gold[n]["timexes"] if t["type"] in ("DATE", "TIME") and CONCRETE.match(str(t["value"]))]
        s = [t for t in system.get(n, {"timexes": []})["timexes"]
             if t["type"] in ("DATE", "TIME") and CONCRETE.match(str(t["value"]))]
        n_gold += len(g)
        n_sys += len(s)
        for gi, si in scorer.align(g, s):
            if g[gi]["value"] == s[si]["value"]:
                correct += 1
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) * 100 if p + r else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--system", required=True)
    ap.add_argument("--scorer", required=True)
    ap.add_argument("--label", required=True)
    ap.add_argument("--split", default="every5")
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location("timex_score", args.scorer)
    scorer = importlib.util.module_from_spec(spec)
    sys.path.insert(0, args.scorer.rsplit("/", 1)[0] if "/" in args.scorer else ".")
    spec.loader.exec_module(scorer)
    gold = load(args.gold)
    system = load(args.system)
    dev, val = split(gold.keys(), args.split)
    print("%-28s %5s %7s %7s %7s %7s %9s" % (args.label, "docs", "strict", "relaxed", "value", "type", "placement"))
    for part, names in (("development", dev), ("validation", val), ("all", sorted(gold))):
        g = scorer.load_gold([args.gold])
        s = scorer.load_system([args.system])
        g = {k: v for k, v in g.items() if k in names}
        s = {k: v for k, v in s.items() if k in names}
        res, _, _ = scorer.score(g, s)
        f = {k: res[k]["f1"] * 100 for k in ("strict", "relaxed", "value", "type")}
        print("  %-26s %5d %7.1f %7.1f %7.1f %7.1f %9.1f" % (
            part, len(names), f["strict"], f["relaxed"], f["value"], f["type"],
            placement(scorer, gold, system, names)))


if __name__ == "__main__":
    main()
