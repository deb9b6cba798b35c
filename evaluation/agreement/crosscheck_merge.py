#!/usr/bin/env python3
"""`agree --partial` per shard then `--merge` against the single run on the same ratings (review h60c).

Random sets as crosscheck_general.py makes them (text or numeric labels, declared or not, missing ratings,
single-rated items); items split into 2-5 shards at random; every number in the JSON report compared. The
documented exceptions (Conger and Krippendorff SEs and intervals need item-level data) are listed apart.

    evaluation/.venv/bin/python evaluation/agreement/crosscheck_merge.py --sets 100 --seed 5

Result (review h60c, 40 sets seed 6): every number within 1.8e-13 of the single run on the shards' rows
concatenated, not bit-identical: --merge adds the shards in the order of their item-set digests (so any
order of --merge gives the same bytes), not in file order. For the same reason the "coders" list is in
the order the sorted shards first name them. Shards whose observed categories differ are refused (exit
2) unless --categories declares them, as documented.
"""
import argparse, json, os, subprocess, sys, tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crosscheck_general import random_set, quote, parse_cli  # noqa: E402


def walk(a, b, path, out):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in set(a) | set(b):
            if k not in a or k not in b:
                out.append((path + "." + k, a.get(k, "<absent>"), b.get(k, "<absent>")))
            else:
                walk(a[k], b[k], path + "." + k, out)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            walk(x, y, f"{path}[{i}]", out)
    elif isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        if a != b:
            out.append((path, a, b))
    elif a != b:
        out.append((path, a, b))


def main():
    a, rng = parse_cli(100, 5)
    diffs = {}
    for s in range(a.sets):
        table, cats, declared, numeric, r = random_set(rng)
        shards = int(rng.integers(2, 6))
        assign = rng.integers(0, shards, size=len(table))
        extra = ["--reference", "c0", "--pair", "c0,c1"]
        for c in cats if declared else []:
            extra += ["--category", c]
        if numeric or declared:
            extra += ["--level", str(rng.choice(["nominal", "ordinal", "interval"]))]
        with tempfile.TemporaryDirectory() as d:
            def write(path, rows):
                with open(path, "w") as f:
                    f.write("item,coder,label\n")
                    for i, row in rows:
                        for c, v in enumerate(row):
                            if v is not None:
                                f.write(f"i{i},c{c},{quote(v)}\n")
            full = os.path.join(d, "all.csv")
            # the single run reads the shards' rows concatenated in shard order (coders are listed in
            # order of first appearance, so an interleaved file would list them otherwise)
            write(full, [(i, row) for h in range(shards) for i, row in enumerate(table) if assign[i] == h])
            single = subprocess.run([a.verbatim, "agree", "--ratings", full, "--format", "json", *extra],
                                    capture_output=True, text=True)
            parts = []
            for h in range(shards):
                rows = [(i, row) for i, row in enumerate(table) if assign[i] == h]
                if not rows:
                    continue
                p = os.path.join(d, f"s{h}.csv")
                write(p, rows)
                out = os.path.join(d, f"s{h}.json")
                pr = subprocess.run([a.verbatim, "agree", "--ratings", p, "--partial", "-o", out, *extra],
                                    capture_output=True, text=True)
                if pr.returncode != 0:
                    print("partial failed", s, pr.stderr.strip()[:200])
                    continue
                parts.append(out)
            merged = subprocess.run([a.verbatim, "agree", *sum([["--merge", p] for p in parts], []),
                                     "--format", "json", *extra], capture_output=True, text=True)
        if single.returncode != 0 or merged.returncode != 0:
            print("set", s, "rc", single.returncode, merged.returncode, single.stderr[:200], merged.stderr[:200])
            continue
        out = []
        walk(json.loads(single.stdout), json.loads(merged.stdout), "", out)
        for path, x, y in out:
            documented = any(t in path for t in ["conger", "krippendorff"]) and any(
                t in path for t in ["se", "ci95", "reason", "df"])
            k = ("documented " if documented else "") + path
            if isinstance(x, (int, float)) and isinstance(y, (int, float)):
                d_ = abs(x - y)
            else:
                d_ = f"{str(x)[:60]} | {str(y)[:60]}"
            diffs.setdefault(k, []).append((s, d_))
    for k in sorted(diffs):
        v = diffs[k]
        nums = [d for _, d in v if isinstance(d, float) or isinstance(d, int)]
        print(f"{k}: {len(v)} sets" + (f", max |diff| {max(nums):.3g}" if nums else f", e.g. set {v[0][0]}: {v[0][1]}"))
    print(f"{a.sets} sets compared")


if __name__ == "__main__":
    main()
