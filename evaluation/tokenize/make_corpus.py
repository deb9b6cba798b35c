#!/usr/bin/env python3
"""Writes a large synthetic verbatim corpus (one text per line) for the tokenizer benchmark.

The lines are recombined from feedback-like fragments with a fixed seed. Bytes are mostly ASCII
(about 84%), but each line joins 2 to 9 fragments and 11 of the 37 fragments hold emoji, accented
Latin, Cyrillic, Chinese or Japanese, so about 70% of the lines contain a non-ASCII character and
take ICU's path (dictionary segmentation for Chinese and Japanese): a mixed-script stress test,
harder than typical single-language exports.
Usage: make_corpus.py OUT.txt MEGABYTES"""
import random
import sys

FRAGMENTS = [
    "Waited 40 minutes on hold and nobody called back.", "The new app is great :)", "but login fails every other day",
    "#annoying", "@AcmeSupport", "Delivery came a day early,", "driver was super friendly", "👍", "👍🏽", "😡😡",
    "Charged twice for the same order!!!", "see https://example.com/account?id=42", "mail billing@example.com",
    "Not bad at all, actually.", "The staff couldn't have been nicer.", "It's fine I guess :/", "3rd time I've asked",
    "for a refund", "Le service client est nul, j'ai attendu une heure.", "服务很好，但是送货太慢了。", "配達が遅い。",
    "Доставка была быстрой!", "price went up 12.5% since 2023", "order #A-1234567", "WHY IS THIS SO HARD???", "<3",
    "Thanks for nothing.", "Great, another delay.", "no problems, no complaints", "10/10 would recommend",
    "the website keeps logging me out;", "kind of slow but ok", "🇬🇧", "👨‍👩‍👧", "XD", ":'(", "www.example.org/help",
]


def main() -> None:
    out, megabytes = sys.argv[1], float(sys.argv[2])
    rng = random.Random(20261130)
    target = int(megabytes * 1_000_000)
    written = 0
    with open(out, "w", encoding="utf-8") as handle:
        while written < target:
            line = " ".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(2, 9))) + "\n"
            handle.write(line)
            written += len(line.encode("utf-8"))


if __name__ == "__main__":
    main()
