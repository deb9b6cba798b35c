#!/usr/bin/env python3
"""Tokenizer benchmark: Verbatim (ICU) against NLTK's TweetTokenizer, same data, same run.

Measures whole processes (start-up included) with wall-clock time, best of --repeat runs:
  * verbatim tokenize --summary --threads 1 / 2   (tokenization only, counts printed)
  * verbatim tokenize --threads 1 / 2 -o /dev/null (full JSON output)
  * python3 nltk_tokenize.py                        (TweetTokenizer, counts printed)
Data: the four VADER ground-truth corpora (../shared, 23,703 texts), a generated mixed-script corpus
(make_corpus.py) and generated French, German and Russian answers (make_language_corpus.py).
Also times ICU's break iterators alone over each whole text (icu_ceiling.c): what tokenizing every
text with ICU would cost at least (Verbatim sends ICU only the stretches of a text that need it).
Usage: bench.py [--bin .build/release/verbatim] [--megabytes 50] [--repeat 3]"""
import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, "evaluation", "data")


def timed(command, repeat):
    best, output = None, b""
    for _ in range(repeat):
        start = time.perf_counter()
        result = subprocess.run(command, check=True, capture_output=True)
        elapsed = time.perf_counter() - start
        if best is None or elapsed < best:
            best, output = elapsed, result.stdout
    return best, output


def corpora(megabytes):
    os.makedirs(DATA, exist_ok=True)
    found = []
    shared = os.path.join(ROOT, "..", "shared", "corpora", "vader-groundtruth")
    if os.path.isdir(shared):
        path = os.path.join(DATA, "vader-texts.txt")
        with open(path, "w", encoding="utf-8") as out:
            for name in sorted(os.listdir(shared)):
                if name.endswith("_GroundTruth.txt"):
                    with open(os.path.join(shared, name), encoding="utf-8") as handle:
                        for line in handle:
                            out.write(line.rstrip("\r\n").split("\t", 2)[2] + "\n")
        found.append(("VADER ground truth (4 corpora)", path))
    synthetic = os.path.join(DATA, f"synthetic-{megabytes}mb.txt")
    if not os.path.exists(synthetic):
        subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), synthetic, str(megabytes)], check=True)
    found.append((f"generated feedback ({megabytes} MB)", synthetic))
    languages = os.path.join(DATA, "languages-30mb.txt")
    if not os.path.exists(languages):
        subprocess.run([sys.executable, os.path.join(HERE, "make_language_corpus.py"), languages, "30"], check=True)
    found.append(("generated French, German, Russian feedback (30 MB)", languages))
    return found


def icu_ceiling():
    """Builds the ICU-ceiling baseline (icu_ceiling.c) with the C compiler Swift ships or the
    system's; None when no compiler or ICU headers are found."""
    binary = os.path.join(DATA, "icu_ceiling")
    source = os.path.join(HERE, "icu_ceiling.c")
    if os.path.exists(binary) and os.path.getmtime(binary) >= os.path.getmtime(source):
        return binary
    try:
        flags = subprocess.run(["pkg-config", "--cflags", "--libs", "icu-uc", "icu-i18n"], check=True,
                               capture_output=True, text=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return None
    for compiler in ("cc", "clang", "gcc"):
        try:
            subprocess.run([compiler, "-O2", source, "-o", binary, *flags], check=True, capture_output=True)
            return binary
        except (OSError, subprocess.CalledProcessError):
            continue
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "verbatim"))
    parser.add_argument("--megabytes", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = []
    for label, path in corpora(args.megabytes):
        size = os.path.getsize(path)
        nltk_time, nltk_out = timed([sys.executable, os.path.join(HERE, "nltk_tokenize.py"), path], 1)
        nltk_tokens = json.loads(nltk_out)["tokens"]
        runs = [("NLTK TweetTokenizer (1 core)", nltk_time, nltk_tokens)]
        for threads in (1, 2):
            elapsed, out = timed([args.bin, "tokenize", "--summary", "--threads", str(threads), path], args.repeat)
            runs.append((f"verbatim tokenize --summary ({threads} core{'s' if threads > 1 else ''})", elapsed,
                         json.loads(out)["tokens"]))
        for threads in (1, 2):
            elapsed, _ = timed([args.bin, "tokenize", "--threads", str(threads), "-o", "/dev/null", path], args.repeat)
            runs.append((f"verbatim tokenize, JSON out ({threads} core{'s' if threads > 1 else ''})", elapsed,
                         runs[1][2]))
        ceiling = icu_ceiling()
        if ceiling:
            # Not a tokenizer: ICU's word and sentence iterators alone, the bound for text that must
            # take ICU's boundaries. The tokens column shows the boundaries it walked.
            elapsed, out = timed([ceiling, path, "word+sentence"], args.repeat)
            runs.append(("ICU break iterators alone, word + sentence (C, 1 core; a ceiling, not a tokenizer)",
                         elapsed, json.loads(out)["boundaries"]))
        for name, elapsed, tokens in runs:
            rows.append((label, name, size / elapsed / 1e6, tokens / elapsed, nltk_time / elapsed))
    print(f"Tokenizer benchmark — {datetime.date.today()} — {platform.machine()}, {os.cpu_count()} cores — "
          f"command: python3 evaluation/tokenize/bench.py")
    print("| corpus | tokenizer | MB/s | tokens/s | × NLTK |")
    print("|---|---|---:|---:|---:|")
    for label, name, mbs, tps, ratio in rows:
        print(f"| {label} | {name} | {mbs:.1f} | {tps:,.0f} | {ratio:.1f}× |")


if __name__ == "__main__":
    main()
