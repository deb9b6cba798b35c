"""Verbatim's default sentiment profile against vaderSentiment on the TripAdvisor hotel reviews.

The data set is "TripAdvisor hotel reviews" (Alam, Ryu and Lee 2016, via Kaggle: 20,491 real hotel reviews, each
with the reviewer's 1-5 Rating). Its texts are lower-cased, most stop words are removed and punctuation is
partly stripped ("did n't", "ca n't", sentences run together at "room.the"), so it is a test of robustness too.
It is NOT shipped with Verbatim: pass your copy's path with --csv. The script reads the columns Review and
Rating; rows without text or with a rating outside 1-5 are skipped.

Usage (from the package root, after `swift build -c release --product verbatim`):

    python3 evaluation/sentiment/hotel.py --csv PATH/reviews.csv --bin .build/release/verbatim
    python3 evaluation/sentiment/hotel.py --csv … --bin … --half odd      # rows 1, 3, 5, … only
    python3 evaluation/sentiment/hotel.py --csv … --bin … --predictions out.csv

Gold: Rating 1-2 negative, 3 neutral, 4-5 positive. For every system it prints the 3-class accuracy, macro-F1,
Cohen's kappa and the confusion matrix (rows: gold, columns: predicted), and Pearson's r between the compound
and the rating. Verbatim is run with `verbatim score --jsonl` (default profile); vaderSentiment 3.3.2
(`pip install vaderSentiment==3.3.2`), if importable, labels by its compound at +-0.05.

--half splits the rows by their parity in file order (1-based, header excluded), so that one half can be read
for error analysis and the other held out.

Read the figures knowing that a 3 ("neutral") is usually a mixed review rather than a text without opinion,
and that most reviews are 4s and 5s, so accuracy rewards saying "positive" and kappa is the fairer figure.
"""

import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import star_main  # noqa: E402


def load(path):
    """(text, rating) per usable row of a TripAdvisor hotel reviews CSV, in file order."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            text = (record.get("Review") or "").strip()
            try:
                rating = int((record.get("Rating") or "").strip())
            except ValueError:
                continue
            if text and 1 <= rating <= 5:
                rows.append((text, rating))
    return rows


def main():
    star_main(__doc__, load)


if __name__ == "__main__":
    main()
