#!/usr/bin/env python3
"""Issue 4's and 8's throughput ratios, measured in alternating pairs so that a shared machine's
slow and fast minutes fall on both sides alike.

Each pair runs vaderSentiment 3.3.2 on the VADER ground-truth texts once (23,703 texts, JSONL in,
JSONL out: evaluation/bench_baseline_score.py) and then `verbatim score --jsonl` on the same texts
ten times over (so that Verbatim's start-up, ~0.03 s, does not hide its rate), one thread and then
two. The ratio of a pair is Verbatim's texts/s over vaderSentiment's texts/s in that pair:

    ratio = (10 × n / verbatim wall s) / (n / vaderSentiment wall s) = 10 × vader s / verbatim s

The script prints every pair and the median, lowest and highest ratio. Whole processes, wall time
(time.perf_counter around subprocess.run), output to a temporary file.

The anchor runs on this interpreter unless --anchor-python names another (see bench_combined.py:
the pyenv CPython on this project's machine runs vaderSentiment about 20% slower than Debian's
PGO-built python3.11, so give that one for the stricter ratio, with PYTHONPATH pointing at a
site-packages that holds vaderSentiment).

Usage: score_ratio.py [--bin .build/release/verbatim] [--pairs 8] [--anchor-python PYTHON]"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import bench_combined  # noqa: E402  (prepare(): the data files)


def wall(command):
    """Wall seconds of one whole process; exits when it fails."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        result = subprocess.run(command, stdout=out, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:].decode()}")
    return seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(os.path.dirname(HERE), ".build", "release", "verbatim"))
    parser.add_argument("--pairs", type=int, default=8)
    parser.add_argument("--anchor-python", default=sys.executable)
    args = parser.parse_args()
    count, paths = bench_combined.prepare()
    jsonl1, jsonl10 = paths[1][1], paths[10][1]
    baseline = os.path.join(HERE, "bench_baseline_score.py")
    ratios = {1: [], 2: []}
    print(f"anchor: vaderSentiment on {args.anchor_python} "
          f"(Python {bench_combined.anchor_version(args.anchor_python)}); {count:,} texts; verbatim ×10")
    print("pair  vader s  verbatim 1 thr s  ratio  verbatim 2 thr s  ratio")
    for pair in range(1, args.pairs + 1):
        vader = wall([args.anchor_python, baseline, "vader", jsonl1])
        seconds = {}
        for threads in (1, 2):
            seconds[threads] = wall([args.bin, "score", "--jsonl", "--threads", str(threads), jsonl10])
            ratios[threads].append(10 * vader / seconds[threads])
        print(f"{pair:4}  {vader:7.2f}  {seconds[1]:16.3f}  {ratios[1][-1]:5.1f}×  {seconds[2]:16.3f}  "
              f"{ratios[2][-1]:5.1f}×", flush=True)
    for threads in (1, 2):
        values = ratios[threads]
        print(f"{threads} thread(s): median {statistics.median(values):.1f}×, "
              f"lowest {min(values):.1f}×, highest {max(values):.1f}× over {len(values)} pairs")


if __name__ == "__main__":
    main()
