"""Verbatim's default sentiment profile against vaderSentiment on Google Play app reviews.

The data are Google Play reviews of seven apps (Facebook, Spotify, Zoom, TikTok, Instagram, YouTube, Netflix),
each with the reviewer's 1-5 star rating, as collected for "Sentiment vs. Star Ratings" (Wil Sheffield, 2025,
github.com/wilrsheff/sentiment-vs-star-ratings-analysis, data/app_reviews.csv: columns product_name,
review_body, rating, source). Most are "most relevant" reviews, so 1-star complaints dominate. The data are NOT
shipped with Verbatim: pass your copy's path with --csv. The script reads the columns review_body (or
content) and rating (or score); rows without text or with a rating outside 1-5 are skipped.

Usage (from the package root, after `swift build -c release --product verbatim`):

    python3 evaluation/sentiment/apps.py --csv PATH/app_reviews.csv --bin .build/release/verbatim
    python3 evaluation/sentiment/apps.py --csv … --bin … --half odd      # rows 1, 3, 5, … only
    python3 evaluation/sentiment/apps.py --csv … --bin … --predictions out.csv

Gold: rating 1-2 negative, 3 neutral, 4-5 positive. For every system it prints the 3-class accuracy, macro-F1,
Cohen's kappa and the confusion matrix (rows: gold, columns: predicted), and Pearson's r between the compound
and the rating; then the same per app. Verbatim is run with `verbatim score --jsonl` (default profile);
vaderSentiment 3.3.2 (`pip install vaderSentiment==3.3.2`), if importable, labels by its compound at +-0.05.

--half splits the rows by their parity in file order (1-based, header excluded), so that one half can be read
for error analysis and the other held out.

Read the figures knowing that a 3 ("neutral") is usually a mixed review (a bug report from a user who likes the
app), that a 4 or 5 often still reports a bug, and that most reviews are 1s, so accuracy rewards saying
"negative" and kappa is the fairer figure. With a few hundred rows a half, one review moves kappa by about 0.005.
"""

import argparse
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import half_rows, metrics, pearson, print_matrix, score_systems, star_label  # noqa: E402


def field(record, *names):
    """The first non-empty value among the given column names, stripped."""
    for name in names:
        value = (record.get(name) or "").strip()
        if value:
            return value
    return ""


def load(path):
    """(text, rating, app) per usable row of an app reviews CSV, in file order."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            text = field(record, "review_body", "content")
            try:
                rating = float(field(record, "rating", "score"))
            except ValueError:
                continue
            if text and rating in (1, 2, 3, 4, 5):
                rows.append((text, int(rating), field(record, "product_name", "appId") or "?"))
    return rows


def report(name, rows, labels, compounds, indent="  "):
    gold = [star_label(row[1]) for row in rows]
    accuracy, macro_f1, kappa, matrix = metrics(gold, labels)
    r = pearson(compounds, [float(row[1]) for row in rows])
    print(f"{indent}{name:<18} n={len(rows):>5}  acc {accuracy:.3f}  macro-F1 {macro_f1:.3f}  kappa {kappa:.3f}  r {r:.3f}")
    return matrix


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--csv", required=True, help="a copy of the data set's CSV (not shipped)")
    parser.add_argument("--bin", required=True, help="the verbatim binary")
    parser.add_argument("--half", choices=("all", "odd", "even"), default="all", help="rows by parity in file order")
    parser.add_argument("--predictions", help="write text, rating, app and each system's label and compound here")
    args = parser.parse_args()

    rows = load(args.csv)
    rows = half_rows(rows, args.half)
    if not rows:
        raise SystemExit(f"no usable rows in {args.csv}")
    systems = score_systems(args.bin, [row[0] for row in rows])

    print(f"{args.half} rows:")
    for name, labels, compounds in systems:
        print_matrix(report(name, rows, labels, compounds))
    print("per app:")
    for app in sorted({row[2] for row in rows}):
        picked = [i for i, row in enumerate(rows) if row[2] == app]
        print(f"  {app}")
        for name, labels, compounds in systems:
            report(name, [rows[i] for i in picked], [labels[i] for i in picked], [compounds[i] for i in picked], "    ")
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            names = [f"{name} {kind}" for name, _, _ in systems for kind in ("label", "compound")]
            writer.writerow(["text", "rating", "app", *names])
            for i, row in enumerate(rows):
                cells = [value for _, labels, compounds in systems for value in (labels[i], compounds[i])]
                writer.writerow([row[0], row[1], row[2], *cells])


if __name__ == "__main__":
    main()
