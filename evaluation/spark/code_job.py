#!/usr/bin/env python3
"""Codes JSON Lines verbatims on a Spark cluster with the `verbatim` binary (the recipe of docs/spark.md).

    spark-submit --master yarn --deploy-mode cluster --files verbatim \\
      evaluation/spark/code_job.py INPUT_JSONL_DIR OUTPUT_DIR [--partitions N] [-- VERBATIM CODE OPTIONS]

Reads text files of JSON Lines (a "text" field, an optional "id"; other fields are carried through),
pipes every partition through `verbatim code - --threads 1`, and writes JSON Lines with "sentiment"
and "tags" to OUTPUT_DIR (part files in input order). Options after `--` go to `verbatim code`
(e.g. `-- --no-tags --redact`).

The binary is found where `--files` puts it: SparkFiles' directory in local mode, the executor's
working directory (./verbatim) on YARN, Kubernetes and standalone clusters; or give
--binary /usr/local/bin/verbatim when it is baked into the executors' container image.
"""

import argparse
import shlex
import sys


def main():
    arguments = sys.argv[1:]
    extra = []
    if "--" in arguments:
        split = arguments.index("--")
        arguments, extra = arguments[:split], arguments[split + 1:]
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--partitions", type=int, default=0, help="minimum input partitions (default: Spark's)")
    parser.add_argument("--binary", help="path of verbatim on the executors (default: the --files copy)")
    args = parser.parse_args(arguments)

    from pyspark import SparkContext, SparkFiles

    sc = SparkContext(appName="verbatim-code")
    binary = args.binary
    if binary is None:
        # Local mode: executors share the driver's SparkFiles directory. A cluster: `--files`
        # localizes the file into each executor's working directory.
        binary = SparkFiles.get("verbatim") if sc.master.startswith("local") else "./verbatim"
    command = shlex.join([binary, "code", "-", "--threads", "1", *extra])
    lines = sc.textFile(args.input, minPartitions=args.partitions or None)
    lines.pipe(command, checkCode=True).saveAsTextFile(args.output)
    sc.stop()


if __name__ == "__main__":
    main()
