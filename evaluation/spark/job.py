#!/usr/bin/env python3
"""Runs Verbatim on Apache Spark (PySpark, local mode) and checks it against one process.

Checks, each printed as PASS or FAIL (exit status 1 when any fails):

  1. demo coding    - the demo export, imported to JSONL, piped through `verbatim code -` with
                      RDD.pipe equals `verbatim code - --threads 1` run in one process, line for line.
  2. synthetic coding - the same for a generated corpus of --count verbatims (default 1,000,000).
  3. demo agreement - the demo's human sentiment codes plus Verbatim's labels (coder "verbatim"),
                      hash-partitioned by item, `verbatim agree --partial` per partition (RDD.pipe),
                      `verbatim agree --merge` on the driver: every point estimate equals
                      `verbatim agree --format json` on all the ratings (|difference| <= 1e-12).
  4. synthetic agreement - the same for the synthetic corpus: Verbatim's label against the label the
                      generator intended (2 ratings per verbatim).

and reports the throughput (verbatims/s) of the Spark coding run (check 2) next to the one-process
run. The binary is shipped to the executors with SparkContext.addFile, as `--files` does on a
cluster, and called by the path SparkFiles resolves (see docs/spark.md for a real cluster).

Usage (from the package root; evaluation/spark/run.sh sets up the venv and calls this):
    SPARK_LOCAL_IP=127.0.0.1 python job.py --verbatim .build/release/verbatim [--count 1000000]
"""

import argparse
import csv
import glob
import io
import json
import math
import os
import platform
import shlex
import shutil
import subprocess
import sys
import time
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus  # noqa: E402  (the generator next to this file)

SENTIMENT_CATEGORIES = "negative,neutral,positive"
TOLERANCE = 1e-12


# ---------------------------------------------------------------- helpers

class Checks:
    """Collects PASS/FAIL lines."""

    def __init__(self):
        self.results = []

    def record(self, name, passed, detail):
        self.results.append((name, passed, detail))
        print(f"{'PASS' if passed else 'FAIL'}  {name}: {detail}", flush=True)

    def failed(self):
        return [name for name, passed, _ in self.results if not passed]


def run(command, stdin_path=None, stdout_path=None):
    """Runs a command (list), optionally with files as stdin/stdout; returns (seconds, stdout bytes)."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    stdout = open(stdout_path, "wb") if stdout_path else subprocess.PIPE
    try:
        start = time.perf_counter()
        result = subprocess.run(command, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
    finally:
        if stdin_path:
            stdin.close()
        if stdout_path:
            stdout.close()
    if result.returncode != 0:
        raise SystemExit(
            f"command failed ({result.returncode}): {shlex.join(command)}\n{result.stderr.decode(errors='replace')}")
    return elapsed, result.stdout


def first_difference(expected_lines, actual_lines):
    """Compares two iterables of lines in order; returns None, or (line number, description)."""
    number = 0
    sentinel = object()
    expected_iter, actual_iter = iter(expected_lines), iter(actual_lines)
    while True:
        number += 1
        expected = next(expected_iter, sentinel)
        actual = next(actual_iter, sentinel)
        if expected is sentinel and actual is sentinel:
            return None
        if expected is sentinel:
            return number, "Spark produced more lines than the single process"
        if actual is sentinel:
            return number, "Spark produced fewer lines than the single process"
        if expected != actual:
            return number, "lines differ"


def file_lines(path):
    with open(path, encoding="utf-8", newline="\n") as handle:
        for line in handle:
            yield line.rstrip("\n")


def part_lines(directory):
    """The lines of a saveAsTextFile output, part files in partition order."""
    for path in sorted(glob.glob(os.path.join(directory, "part-*"))):
        yield from file_lines(path)


def count_lines(path):
    with open(path, "rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def item_partition(item):
    """Deterministic partition key of an item id (independent of PYTHONHASHSEED)."""
    return zlib.crc32(item.encode("utf-8"))


def csv_line(row):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(row)
    return buffer.getvalue()


def with_header(rows):
    """Prefixes a partition's CSV lines with the long-format header."""
    yield "item,coder,label"
    yield from rows


def point_estimates(report):
    """{coefficient: value} for every coefficient of an `agree --format json` report with a number."""
    values = {}
    for name, entry in report.get("coefficients", {}).items():
        if isinstance(entry, dict) and isinstance(entry.get("value"), (int, float)):
            values[name] = float(entry["value"])
    return values


def compare_estimates(single, merged):
    """Returns (ok, detail) comparing merged point estimates with the single-machine ones."""
    expected, actual = point_estimates(single), point_estimates(merged)
    if not expected:
        return False, "the single-machine report has no coefficient values"
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    worst, worst_name = 0.0, None
    for name in sorted(set(expected) & set(actual)):
        difference = abs(expected[name] - actual[name])
        if not math.isfinite(difference) or difference > worst:
            worst, worst_name = difference, name
    ok = not missing and not extra and worst <= TOLERANCE
    detail = f"{len(expected)} point estimates, max |merged - single| = {worst:.3g}"
    if worst_name and worst > TOLERANCE:
        detail += f" ({worst_name}: {expected[worst_name]!r} vs {actual[worst_name]!r})"
    if missing:
        detail += f"; missing after merge: {', '.join(missing)}"
    if extra:
        detail += f"; only after merge: {', '.join(extra)}"
    return ok, detail


# ---------------------------------------------------------------- the checks

def check_coding(checks, name, sc, code_command, single_command, input_path, work, partitions, collect):
    """Pipes input_path through Spark and through one process; compares line for line.

    Order: sc.textFile splits the file into ordered, contiguous partitions; `verbatim code -` keeps
    the order within its partition; collect() and saveAsTextFile keep partition order. So the
    concatenated output must equal the one-process output with no re-sorting at all.
    Returns (records, Spark seconds, single-process seconds, single-process output path, Spark output:
    the collected lines, or the saveAsTextFile directory).
    """
    single_path = os.path.join(work, f"{name}.single.jsonl")
    single_seconds, _ = run(single_command, stdin_path=input_path, stdout_path=single_path)
    records = count_lines(input_path)
    rdd = sc.textFile(input_path, minPartitions=partitions).pipe(code_command, checkCode=True)
    start = time.perf_counter()
    if collect:
        output = rdd.collect()
        spark_seconds = time.perf_counter() - start
        actual = iter(output)
    else:
        output = os.path.join(work, f"{name}.spark")
        shutil.rmtree(output, ignore_errors=True)
        rdd.saveAsTextFile(output)
        spark_seconds = time.perf_counter() - start
        actual = part_lines(output)
    partitions_used = rdd.getNumPartitions()
    difference = first_difference(file_lines(single_path), actual)
    if difference is None:
        checks.record(
            f"{name} coding", True,
            f"{records:,} lines from {partitions_used} partitions equal the single-process output line for line")
    else:
        line, what = difference
        checks.record(f"{name} coding", False, f"line {line}: {what} (inputs {records:,} lines)")
    return records, spark_seconds, single_seconds, single_path, output


def check_agreement(checks, name, sc, verbatim, agree_command, rows, local_rows, work, partitions):
    """Agreement per hash partition with --partial (RDD.pipe), merged on the driver vs one process.

    rows: an RDD of (item, coder, label) built from the Spark outputs; local_rows: the same ratings
    built from the single-process outputs (the reference). Items are disjoint across partitions
    (partitioned by a hash of the item id), as `agree --merge` requires.
    """
    shard_dir = os.path.join(work, f"{name}.shards")
    shutil.rmtree(shard_dir, ignore_errors=True)
    os.makedirs(shard_dir)
    keyed = rows.map(lambda row: (row[0], csv_line(row))).partitionBy(partitions, item_partition).values()
    sizes = keyed.glom().map(len).collect()
    if min(sizes) == 0:
        checks.record(f"{name} agreement", False, f"an empty partition among {sizes}; use fewer partitions")
        return
    start = time.perf_counter()
    shards = keyed.mapPartitions(with_header).pipe(agree_command, checkCode=True).collect()
    partial_seconds = time.perf_counter() - start
    shard_paths = []
    for index, shard in enumerate(shards):
        path = os.path.join(shard_dir, f"shard-{index:03d}.json")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(shard + "\n")
        shard_paths.append(path)
    merge_command = [verbatim, "agree", "--format", "json"]
    for path in shard_paths:
        merge_command += ["--merge", path]
    merge_seconds, merged = run(merge_command)

    # The single-machine reference: the same ratings in one CSV, sorted for a stable file.
    ratings_path = os.path.join(work, f"{name}.ratings.csv")
    with open(ratings_path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["item", "coder", "label"])
        for row in sorted(local_rows):
            writer.writerow(row)
    single_seconds, single = run(
        [verbatim, "agree", "--ratings", ratings_path, "--ratings-format", "long",
         "--categories", SENTIMENT_CATEGORIES, "--format", "json"])
    ok, detail = compare_estimates(json.loads(single), json.loads(merged))
    checks.record(
        f"{name} agreement", ok,
        f"{sum(sizes):,} ratings in {len(shards)} shards (--partial {partial_seconds:.1f} s, "
        f"--merge {merge_seconds:.2f} s, single {single_seconds:.2f} s); {detail}")


def machine_labels(line):
    """(id, "verbatim", sentiment label) of one `verbatim code` output line."""
    record = json.loads(line)
    return (record["id"], "verbatim", record["sentiment"]["label"])


def intended_labels(line):
    """(id, "intended", label the generator intended) of one synthetic corpus line."""
    record = json.loads(line)
    return (record["id"], "intended", record["meta"]["intended"])


# ---------------------------------------------------------------- main

def main():
    root = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbatim", default=os.path.join(root, ".build", "release", "verbatim"))
    parser.add_argument("--demo", default=os.path.join(root, "corpora", "demo", "feedback-export.xml"))
    parser.add_argument("--demo-codes", default=os.path.join(root, "corpora", "demo", "codes-sentiment.csv"))
    parser.add_argument("--count", type=int, default=1_000_000, help="verbatims in the synthetic corpus")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--partitions", type=int, default=8, help="input partitions of the synthetic corpus")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--work", default=os.path.join(root, "evaluation", "spark", "data"),
                        help="git-ignored folder for generated data and outputs")
    parser.add_argument("--executor-binary",
                        help="path of the binary on the executors (default: SparkFiles.get of the shipped file; "
                             "on a cluster ./verbatim)")
    parser.add_argument("--keep-outputs", action="store_true",
                        help="keep the coded outputs of the synthetic corpus (about 2.6 GB) in --work")
    args = parser.parse_args()

    verbatim = os.path.abspath(args.verbatim)
    if not os.access(verbatim, os.X_OK):
        raise SystemExit(f"no executable verbatim at {verbatim}: run `swift build -c release --product verbatim`")
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)

    from pyspark import SparkConf, SparkContext, SparkFiles

    conf = (SparkConf().setMaster(args.master).setAppName("verbatim-spark-check")
            .set("spark.driver.host", "127.0.0.1")
            .set("spark.driver.bindAddress", "127.0.0.1")
            .set("spark.ui.enabled", "false")
            .set("spark.ui.showConsoleProgress", "false")
            .set("spark.driver.memory", "2g")
            .set("spark.local.dir", os.path.join(work, "spark-tmp")))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    checks = Checks()
    try:
        # Ship the binary as `spark-submit --files` would; executors find it through SparkFiles.
        sc.addFile(verbatim)
        shipped = args.executor_binary or SparkFiles.get(os.path.basename(verbatim))
        code_command = f"{shlex.quote(shipped)} code - --threads 1"
        agree_command = (f"{shlex.quote(shipped)} agree --ratings - --ratings-format long "
                         f"--categories {SENTIMENT_CATEGORIES} --partial")
        single_code = [verbatim, "code", "-", "--threads", "1"]
        print(f"Spark {sc.version} on {args.master}, Python {platform.python_version()}, "
              f"binary shipped as {shipped}", flush=True)

        # 1. The demo corpus: import, then code on Spark and in one process.
        demo_jsonl = os.path.join(work, "demo.jsonl")
        run([verbatim, "import", args.demo, "-o", demo_jsonl])
        _, _, _, demo_single, demo_spark = check_coding(
            checks, "demo", sc, code_command, single_code, demo_jsonl, work, partitions=4, collect=True)

        # 2. The synthetic corpus (generated once per count/seed; byte-identical every time).
        synthetic = os.path.join(work, f"synthetic-{args.count}-seed{args.seed}.jsonl")
        if not os.path.exists(synthetic):
            start = time.perf_counter()
            size = corpus.write_corpus(synthetic + ".tmp", args.count, args.seed)
            os.replace(synthetic + ".tmp", synthetic)
            print(f"generated {args.count:,} verbatims ({size / 1e6:.1f} MB) in "
                  f"{time.perf_counter() - start:.1f} s: {synthetic}", flush=True)
        size_mb = os.path.getsize(synthetic) / 1e6
        records, spark_seconds, single_seconds, synthetic_single, spark_output = check_coding(
            checks, "synthetic", sc, code_command, single_code, synthetic, work, args.partitions, collect=False)

        # Two reference points for the throughput: the same Spark pipe through `cat` (the cost of Spark
        # and the Python pipe alone) and one process using every core.
        start = time.perf_counter()
        sc.textFile(synthetic, minPartitions=args.partitions).pipe("cat", checkCode=True).count()
        cat_seconds = time.perf_counter() - start
        all_cores_path = os.path.join(work, "synthetic.all-cores.jsonl")
        all_cores_seconds, _ = run([verbatim, "code", "-"], stdin_path=synthetic, stdout_path=all_cores_path)
        os.remove(all_cores_path)

        # 3. Agreement on the demo: human codes + Verbatim's labels as coder "verbatim".
        with open(args.demo_codes, encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            if header[:3] != ["item", "coder", "label"]:
                raise SystemExit(f"{args.demo_codes}: expected an item,coder,label header")
            human = [tuple(row[:3]) for row in reader if row]
        spark_rows = sc.parallelize(human, 4).union(sc.parallelize(demo_spark, 4).map(machine_labels))
        local_rows = human + [machine_labels(line) for line in file_lines(demo_single)]
        check_agreement(checks, "demo", sc, verbatim, agree_command, spark_rows, local_rows, work, partitions=4)

        # 4. Agreement on the synthetic corpus: Verbatim's label vs the intended label, per item.
        spark_rows = sc.textFile(spark_output).map(machine_labels).union(
            sc.textFile(synthetic).map(intended_labels))
        local_rows = [machine_labels(line) for line in file_lines(synthetic_single)]
        local_rows += [intended_labels(line) for line in file_lines(synthetic)]
        check_agreement(checks, "synthetic", sc, verbatim, agree_command, spark_rows, local_rows, work,
                        partitions=args.partitions)

        # Throughput of the local-mode Spark coding run (check 2) and of one process.
        cores = os.cpu_count()
        print(f"THROUGHPUT  Spark {args.master} (RDD.pipe, `code - --threads 1` per task, "
              f"{args.partitions} partitions): {records / spark_seconds:,.0f} verbatims/s "
              f"({size_mb / spark_seconds:.1f} MB/s; {records:,} verbatims, {size_mb:.1f} MB in {spark_seconds:.1f} s)",
              flush=True)
        print(f"THROUGHPUT  one process `verbatim code - --threads 1`: {records / single_seconds:,.0f} verbatims/s "
              f"({size_mb / single_seconds:.1f} MB/s, {single_seconds:.1f} s)", flush=True)
        print(f"THROUGHPUT  one process `verbatim code -` on all {cores} cores: "
              f"{records / all_cores_seconds:,.0f} verbatims/s ({size_mb / all_cores_seconds:.1f} MB/s, "
              f"{all_cores_seconds:.1f} s)", flush=True)
        print(f"THROUGHPUT  Spark {args.master} RDD.pipe through `cat` (Spark + Python pipe overhead alone): "
              f"{records / cat_seconds:,.0f} lines/s ({cat_seconds:.1f} s); load average "
              f"{', '.join(f'{x:.1f}' for x in os.getloadavg())} at the end (shared machine)", flush=True)
    finally:
        sc.stop()
        if not args.keep_outputs:
            # The generated corpus stays for the next run; the large coded outputs do not.
            shutil.rmtree(os.path.join(work, "synthetic.spark"), ignore_errors=True)
            for leftover in ("synthetic.single.jsonl", "synthetic.ratings.csv"):
                if os.path.exists(os.path.join(work, leftover)):
                    os.remove(os.path.join(work, leftover))

    failed = checks.failed()
    passed = len(checks.results) - len(failed)
    print(f"spark-check: {passed} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
