#!/usr/bin/env python3
"""`verbatim code` on generated Qualtrics exports of growing size (issue 8: "RSS flat in input size").

For each size the export is generated if missing (evaluation/import/generate.py, fixed seed), then coded
once with all threads, output to /dev/null. Prints one Markdown table: size, verbatims coded (from the
command's own summary line), wall and CPU seconds, MB/s of export read, peak RSS.

Usage: scale.py [--bin .build/release/verbatim] [--data evaluation/data] [--sizes 100,1024] [--threads 2]
"""
import argparse
import os
import re
import subprocess
import sys


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=".build/release/verbatim")
    parser.add_argument("--data", default="evaluation/data")
    parser.add_argument("--sizes", default="100,1024")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    rows = []
    for size in [int(part) for part in args.sizes.split(",")]:
        path = os.path.join(args.data, f"qualtrics-{size}mb.xml")
        if not os.path.exists(path):
            print(f"scale.py: generating {path}", file=sys.stderr)
            subprocess.run(
                [sys.executable, "evaluation/import/generate.py", "--mb", str(size), "--out", args.data], check=True
            )
        command = ["/usr/bin/time", "-f", "TIME %e %U %S %M", args.bin, "code", path, "--threads", str(args.threads)]
        print("scale.py: " + " ".join(command[3:]), file=sys.stderr)
        with open(os.devnull, "wb") as sink:
            done = subprocess.run(command, stdout=sink, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            sys.exit(f"scale.py: verbatim code failed on {path}:\n{done.stderr}")
        wall, user, system, rss_kb = done.stderr.strip().splitlines()[-1].split()[1:]
        coded = re.search(r"coded (\d+) verbatims", done.stderr)
        megabytes = os.path.getsize(path) / 1e6
        rows.append((size, int(coded.group(1)) if coded else 0, float(wall), float(user) + float(system), megabytes,
                     int(rss_kb) / 1024))
    print(f"`verbatim code EXPORT --threads {args.threads} > /dev/null` on generated Qualtrics exports:\n")
    print("| export | verbatims coded | wall s | CPU s | MB/s (wall) | peak RSS |")
    print("|---|---:|---:|---:|---:|---:|")
    for size, coded, wall, cpu, megabytes, rss in rows:
        print(f"| qualtrics {size} MB | {coded:,} | {wall:.1f} | {cpu:.1f} | {megabytes / wall:.1f} | {rss:.1f} MB |")
    if len(rows) > 1:
        smallest, largest = rows[0], rows[-1]
        print(f"\nPeak RSS {largest[5] / smallest[5]:.2f}× for {largest[4] / smallest[4]:.1f}× the input.")


if __name__ == "__main__":
    main()
