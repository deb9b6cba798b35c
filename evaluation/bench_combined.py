#!/usr/bin/env python3
"""One table for `make bench`: Verbatim against its anchors on the same data, in one run, whole
processes (start-up and I/O included), with wall time, CPU time and peak RSS from /usr/bin/time.

  score     verbatim score --jsonl (1 and 2 threads) vs vaderSentiment 3.3.2, TextBlob, AFINN
            (evaluation/bench_baseline_score.py: same JSONL in, JSONL out)
  tokenize  verbatim tokenize (--summary and full JSON, 1 and 2 threads) vs NLTK TweetTokenizer
  code      verbatim code - (tokenize + score + tag, JSONL in and out), 1 and 2 threads

Data: the four VADER ground-truth corpora in ../shared (23,703 texts) as JSONL, and the same ten
times over for Verbatim's steady-state rate. Ratios compare texts/s (or MB/s) with the anchor's on
the 1x corpus. Output goes to a temporary file, never /dev/null.

The anchors run on this script's interpreter unless --anchor-python names another. It matters: on
this project's machine the pyenv-built CPython 3.11 (no PGO) runs vaderSentiment about 20% slower
than Debian's python3.11 (PGO and LTO), which flatters every ratio; give the faster interpreter
(with the anchors importable, e.g. through PYTHONPATH) to hold Verbatim to the stricter ratio.

Usage: bench_combined.py [--bin .build/release/verbatim] [--repeat 3] [--markdown OUT.md]
                         [--anchor-python /usr/bin/python3]"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "evaluation", "data")
SHARED = os.path.join(ROOT, "..", "shared", "corpora", "vader-groundtruth")


def prepare():
    """Writes vader-texts.txt/.jsonl and their x10 copies under evaluation/data (git-ignored)."""
    os.makedirs(DATA, exist_ok=True)
    texts = []
    for name in sorted(os.listdir(SHARED)):
        if name.endswith("_GroundTruth.txt"):
            with open(os.path.join(SHARED, name), encoding="utf-8") as handle:
                for line in handle:
                    texts.append(line.rstrip("\r\n").split("\t", 2)[2])
    paths = {}
    for copies in (1, 10):
        suffix = "" if copies == 1 else f"-x{copies}"
        plain = os.path.join(DATA, f"vader-texts{suffix}.txt")
        jsonl = os.path.join(DATA, f"vader-texts{suffix}.jsonl")
        with open(plain, "w", encoding="utf-8") as out_plain, open(jsonl, "w", encoding="utf-8") as out_jsonl:
            for copy in range(copies):
                for index, text in enumerate(texts):
                    out_plain.write(text + "\n")
                    record = {"id": copy * len(texts) + index + 1, "text": text}
                    out_jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
        paths[copies] = (plain, jsonl)
    return len(texts), paths


def anchor_version(python):
    """The version line of the interpreter that runs the anchors."""
    result = subprocess.run([python, "-c", "import sys; print(sys.version.split()[0])"], capture_output=True,
                            text=True)
    return result.stdout.strip() or "unknown"


def measure(command, repeat, stdin_path=None):
    """Best-of-`repeat` (by wall time) of a whole process: (wall s, CPU s, peak RSS MB, stdout path)."""
    best = None
    output = tempfile.NamedTemporaryFile(prefix="verbatim-bench-", suffix=".out", delete=False)
    output.close()
    for _ in range(repeat):
        with open(output.name, "wb") as out, open(stdin_path or os.devnull, "rb") as stdin:
            start = time.perf_counter()
            result = subprocess.run(["/usr/bin/time", "-f", "@@time %U %S %M", *command], stdin=stdin,
                                    stdout=out, stderr=subprocess.PIPE, text=True)
            wall = time.perf_counter() - start
        if result.returncode != 0:
            sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:]}")
        match = re.search(r"@@time ([\d.]+) ([\d.]+) (\d+)", result.stderr)
        cpu = float(match.group(1)) + float(match.group(2))
        rss = int(match.group(3)) / 1024
        if best is None or wall < best[0]:
            best = (wall, cpu, rss)
    return (*best, output.name)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "verbatim"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--markdown", help="also write the table here")
    parser.add_argument("--anchor-python", default=sys.executable,
                        help="interpreter that runs the Python anchors (default: this one)")
    args = parser.parse_args()
    python = args.anchor_python
    count, paths = prepare()
    (plain1, jsonl1), (plain10, jsonl10) = paths[1], paths[10]
    size1, size10 = os.path.getsize(plain1), os.path.getsize(plain10)
    jsize1, jsize10 = os.path.getsize(jsonl1), os.path.getsize(jsonl10)
    rows = []  # task, system, data, threads, wall, cpu, rss, items, megabytes, anchor key

    def add(task, system, data, threads, items, megabytes, command, repeat, stdin_path=None):
        wall, cpu, rss, out = measure(command, repeat, stdin_path)
        os.remove(out)
        rows.append(dict(task=task, system=system, data=data, threads=threads, wall=wall, cpu=cpu, rss=rss,
                         items=items, mb=megabytes))
        print(f"  {task:8} {system:44} {data:8} {threads:>2} thr  {wall:7.2f} s  {items / wall:12,.0f} /s  "
              f"{rss:7.1f} MB", file=sys.stderr, flush=True)

    baseline = os.path.join(HERE, "bench_baseline_score.py")
    print("score (JSONL in and out):", file=sys.stderr)
    add("score", "vaderSentiment 3.3.2", "1x", 1, count, jsize1 / 1e6,
        [python, baseline, "vader", jsonl1], args.repeat)
    add("score", "TextBlob", "1x", 1, count, jsize1 / 1e6, [python, baseline, "textblob", jsonl1], 1)
    add("score", "AFINN", "1x", 1, count, jsize1 / 1e6, [python, baseline, "afinn", jsonl1], 1)
    for data, path, items, size in (("1x", jsonl1, count, jsize1), ("10x", jsonl10, 10 * count, jsize10)):
        for threads in (1, 2):
            add("score", "verbatim score --jsonl", data, threads, items, size / 1e6,
                [args.bin, "score", "--jsonl", "--threads", str(threads), path], args.repeat)
    print("tokenize (one text per line):", file=sys.stderr)
    add("tokenize", "NLTK TweetTokenizer", "1x", 1, count, size1 / 1e6,
        [python, os.path.join(HERE, "tokenize", "nltk_tokenize.py"), plain1], args.repeat)
    for data, path, items, size in (("1x", plain1, count, size1), ("10x", plain10, 10 * count, size10)):
        for threads in (1, 2):
            add("tokenize", "verbatim tokenize --summary", data, threads, items, size / 1e6,
                [args.bin, "tokenize", "--summary", "--threads", str(threads), path], args.repeat)
        for threads in (1, 2):
            add("tokenize", "verbatim tokenize (full JSON out)", data, threads, items, size / 1e6,
                [args.bin, "tokenize", "--threads", str(threads), path], args.repeat)
    print("code (tokenize + score + tag, JSONL in and out):", file=sys.stderr)
    for threads in (1, 2):
        add("code", "verbatim code - (stdin JSONL)", "10x", threads, 10 * count, jsize10 / 1e6,
            [args.bin, "code", "-", "--threads", str(threads)], args.repeat, stdin_path=jsonl10)

    anchors = {"score": "vaderSentiment 3.3.2", "tokenize": "NLTK TweetTokenizer"}
    anchor_rate = {}
    for row in rows:
        if anchors.get(row["task"]) == row["system"]:
            anchor_rate[row["task"]] = (row["items"] / row["wall"], row["items"] / row["cpu"])
    lines = [
        f"Data: VADER ground truth ({count:,} texts, {size1 / 1e6:.1f} MB as text, {jsize1 / 1e6:.1f} MB as JSONL) "
        f"= 1x; the same ten times = 10x. Whole processes, best of {args.repeat} for Verbatim and for the two "
        "anchors (vaderSentiment, NLTK; 1 run for TextBlob and AFINN); \"× anchor\" = texts/s ÷ the anchor's texts/s on 1x (wall; CPU in brackets). "
        f"Python anchors on {python} (Python {anchor_version(python)}).",
        "",
        "| task | system | data | threads | wall s | texts/s | MB/s | × anchor (wall) | × anchor (CPU) | CPU s | peak RSS |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        rate = row["items"] / row["wall"]
        cpu_rate = row["items"] / row["cpu"] if row["cpu"] > 0 else float("inf")
        anchor = anchor_rate.get(row["task"])
        ratio = f"{rate / anchor[0]:.1f}×" if anchor else "—"
        cpu_ratio = f"{cpu_rate / anchor[1]:.1f}×" if anchor else "—"
        lines.append(
            f"| {row['task']} | {row['system']} | {row['data']} | {row['threads']} | {row['wall']:.2f} | "
            f"{rate:,.0f} | {row['mb'] / row['wall']:.1f} | {ratio} | {cpu_ratio} | {row['cpu']:.2f} | "
            f"{row['rss']:.1f} MB |")
    table = "\n".join(lines)
    print(table)
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as handle:
            handle.write(table + "\n")


if __name__ == "__main__":
    main()
