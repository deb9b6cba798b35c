#!/usr/bin/env python3
"""Benchmark `verbatim agree` (release build): 1,000,000 ratings, and 2,000 bootstrap resamples of 10,000
items. Generates the data (seeded) into a temporary directory and times one run of each command.

Usage (from the package root):
    swift build -c release --product verbatim
    python3 evaluation/agreement/benchmark.py [--verbatim .build/release/verbatim]
"""
import argparse, os, platform, random, resource, subprocess, tempfile, time


def write_ratings(path, items, coders, categories, seed, missing=0.0):
    rng = random.Random(seed)
    count = 0
    with open(path, "w") as f:
        f.write("item,coder,label\n")
        for i in range(items):
            truth = rng.randrange(categories)
            for c in range(coders):
                if rng.random() < missing:
                    continue
                label = truth if rng.random() < 0.7 else rng.randrange(categories)
                f.write(f"item{i},coder{c},cat{label}\n")
                count += 1
    return count


def timed(command):
    """Wall-clock seconds and CPU (user + system) seconds of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return f"{elapsed:.2f} s wall, {cpu:.2f} s CPU"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbatim", default=".build/release/verbatim")
    args = parser.parse_args()
    directory = tempfile.mkdtemp()
    big = os.path.join(directory, "million.csv")
    ratings = write_ratings(big, items=250_000, coders=4, categories=5, seed=1)
    small = os.path.join(directory, "tenthousand.csv")
    write_ratings(small, items=10_000, coders=2, categories=3, seed=2)
    model = ""
    if os.path.exists("/proc/cpuinfo"):
        model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "")
    print(f"machine: {model or platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    command = [args.verbatim, "agree", "--ratings", big, "--format", "json"]
    print(f"agree on {ratings:,} ratings (250,000 items x 4 coders, 5 categories): {timed(command)}")
    command = [args.verbatim, "agree", "--ratings", small, "--format", "json", "--bootstrap", "2000", "--seed", "1"]
    print(f"agree --bootstrap 2000 on 10,000 items x 2 coders: {timed(command)}")


if __name__ == "__main__":
    main()
