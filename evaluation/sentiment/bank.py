"""Verbatim's default sentiment profile against vaderSentiment on bank and mortgage-lender reviews.

The data are about 505 customer reviews of seven US mortgage lenders and banks (North American Savings Bank,
Guaranteed Rate, Triumph Lending, Reliance First Capital, Pacific Beneficial Mortgage, LoanSnap, Wyndham
Capital Mortgage), each with the reviewer's star rating, as published in the GitHub repository
drsuthar/Bank_Review_Analysis (file BankReviews.csv: columns Date, Stars, Reviews, BankName). The copy read
for Verbatim's field test holds only 1- and 5-star reviews, and about a fifth of its rows repeat another
row's text (often with a "... Read More" tail). The data are NOT shipped with Verbatim: pass your copy's path
with --csv. The script reads the columns Reviews (or Review) and Stars (or Rating); rows without text or with
a rating outside 1-5 are skipped. Texts are stripped of outer whitespace and of a trailing "Read More" /
"Read Less" (the review site's link text, not the reviewer's words).

Usage (from the package root, after `swift build -c release --product verbatim`):

    python3 evaluation/sentiment/bank.py --csv PATH/BankReviews.csv --bin .build/release/verbatim
    python3 evaluation/sentiment/bank.py --csv … --bin … --half odd      # rows 1, 3, 5, … only
    python3 evaluation/sentiment/bank.py --csv … --bin … --predictions out.csv

Gold: Stars 1-2 negative, 3 neutral, 4-5 positive. For every system it prints the 3-class accuracy, macro-F1,
Cohen's kappa and the confusion matrix (rows: gold, columns: predicted), and Pearson's r between the compound
and the rating; then the same on the rows whose text is the first copy in the half (--half also splits the
duplicates, so a text can be in both halves). Verbatim is run with `verbatim score --jsonl` (default
profile); vaderSentiment 3.3.2 (`pip install vaderSentiment==3.3.2`), if importable, labels by its compound
at +-0.05.

--half splits the rows by their parity in file order (1-based, header excluded), so that one half can be read
for error analysis and the other held out.

Read the figures knowing that there is no 3 in the data, so the neutral column only counts misses and
macro-F1 has a neutral class with F1 0 for every system (compare it between systems, not with the other
field tests); that most reviews are 5s, so accuracy rewards saying "positive" and kappa is the fairer figure;
and that a few 1-star reviews are praise (a star given by mistake) and a few 5-star reviews are complaints.
With about 250 rows a half, one review moves kappa by about 0.01.
"""

import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (  # noqa: E402
    field,
    picked,
    print_matrix,
    star_arguments,
    star_report,
    star_rows_and_systems,
    write_predictions,
)

READ_MORE = re.compile(r"\s*(?:\.\.\.\s*)?Read (?:More|Less)\s*$")


def load(path):
    """(text, rating, lender) per usable row of a BankReviews CSV, in file order."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            text = READ_MORE.sub("", field(record, "Reviews", "Review")).strip()
            try:
                rating = float(field(record, "Stars", "Rating"))
            except ValueError:
                continue
            if text and rating in (1, 2, 3, 4, 5):
                rows.append((text, int(rating), field(record, "BankName") or "?"))
    return rows


def first_copies(rows):
    """Indices of the rows whose text (whitespace collapsed, case folded) has not occurred before."""
    seen, kept = set(), []
    for i, row in enumerate(rows):
        key = " ".join(row[0].split()).casefold()
        if key not in seen:
            seen.add(key)
            kept.append(i)
    return kept


def main():
    parser = star_arguments(__doc__, "write text, rating, lender and each system's label and compound here")
    args = parser.parse_args()

    rows, systems = star_rows_and_systems(args, load)

    print(f"{args.half} rows:")
    for name, labels, compounds in systems:
        print_matrix(star_report(name, rows, labels, compounds))
    chosen = first_copies(rows)
    print(f"{args.half} rows, first copy of each text only:")
    for name, labels, compounds in systems:
        star_report(name, *picked(chosen, rows, labels, compounds))
    if args.predictions:
        write_predictions(args.predictions, ["text", "rating", "lender"], rows, systems)


if __name__ == "__main__":
    main()
