#!/usr/bin/env python3
"""Time and peak RSS of `score`, `tag` and `tokenize` on one very long line, at growing sizes.

A rule that scans the sentence once for each word it meets is invisible on survey answers and
quadratic on a hostile one-line input: a 10 MB line of "… would not …" took 9.7 s in `score` until
the thirty-ninth session (0.85 s after). This script generates single lines of several shapes (fixed
seed), at sizes doubling from `--start` megabytes, and prints one Markdown table with the seconds
and peak RSS per size and the growth exponent between the two largest sizes (1.0 = linear; a
figure above `--limit` is flagged and the exit status is 1).

Usage: long_lines.py [--bin .build/release/verbatim] [--start 1] [--steps 3] [--limit 1.35]
"""
import argparse
import math
import os
import random
import subprocess
import sys
import tempfile

# Words that open the scorer's and the tagger's rules (modals, negators, contrast, conditions,
# thanks, prices, requests) and ordinary opinion words; the shapes draw from them.
WORDS = (
    "the a an and or but although however though yet still without if had have has would could should "
    "might would've wouldn't couldn't not never no nobody nothing none hardly barely even just only "
    "thanks thank you for please make it easier more less than very really so too extremely slightly "
    "kind of sort of good great bad terrible awful excellent helpful rude slow quick late refund "
    "delivery staff service price charged £40 $25 hold minutes called back again waited engineer app "
    "website order parcel manager complaint complain problem issue fault happy disappointed i we they "
    "me my our was were been be is are am do did don't didn't can't won't will to on at in by from "
    "with about after before when while because since until then now ever all any some every"
).split()

SHAPES = {
    "words": lambda rng: rng.choice(WORDS),
    "words and stops": lambda rng: rng.choice(WORDS) + (rng.choice([".", ",", "!", "?"]) if rng.random() < 0.08 else ""),
    "lengthened and capitals": lambda rng: rng.choice(
        [w.upper() for w in WORDS[:60]] + ["sooo", "loooove", "greaaat", "nooo", "baaad"] + WORDS
    ),
    "emoji and emoticons": lambda rng: rng.choice(WORDS + ["😀", "😡", "👍", "🙄", ":)", ":(", "<3", "!!!"]),
}


def generate(path: str, shape, megabytes: int) -> None:
    rng = random.Random(39)
    target = megabytes * 1_000_000
    parts = []
    size = 0
    while size < target:
        word = shape(rng)
        parts.append(word)
        size += len(word.encode()) + 1
    with open(path, "w", encoding="utf-8") as out:
        out.write(" ".join(parts) + "\n")


def run(binary: str, command: str, path: str) -> tuple[float, int]:
    timed = ["/usr/bin/time", "-f", "TIME %e %M", binary, command, "--threads", "1", path]
    with open(os.devnull, "wb") as sink:
        done = subprocess.run(timed, stdout=sink, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"long_lines.py: {' '.join(timed[3:])} failed:\n{done.stderr}")
    seconds, rss_kb = done.stderr.strip().splitlines()[-1].split()[1:]
    return float(seconds), int(rss_kb)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=".build/release/verbatim")
    parser.add_argument("--start", type=int, default=1, help="smallest size in MB")
    parser.add_argument("--steps", type=int, default=3, help="number of sizes, doubling")
    parser.add_argument("--limit", type=float, default=1.35, help="largest growth exponent accepted")
    args = parser.parse_args()
    sizes = [args.start << step for step in range(args.steps)]
    print("| command | shape | " + " | ".join(f"{mb} MB s / RSS MB" for mb in sizes) + " | exponent |")
    print("|---|---|" + "---:|" * (len(sizes) + 1))
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        for name, shape in SHAPES.items():
            paths = []
            for megabytes in sizes:
                path = os.path.join(scratch, f"{len(paths)}.txt")
                generate(path, shape, megabytes)
                paths.append(path)
            for command in ("tokenize", "score", "tag"):
                results = [run(args.bin, command, path) for path in paths]
                small, large = results[-2][0], results[-1][0]
                # Seconds below 0.05 are start-up and noise: no exponent from them.
                exponent = math.log2(large / small) if small >= 0.05 else float("nan")
                flagged = exponent > args.limit
                failed |= flagged
                cells = " | ".join(f"{seconds:.2f} / {rss // 1024}" for seconds, rss in results)
                mark = " **super-linear**" if flagged else ""
                print(f"| {command} | {name} | {cells} | {exponent:.2f}{mark} |", flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
