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

import csv
import os
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


def main():
    parser = star_arguments(__doc__, "write text, rating, app and each system's label and compound here")
    args = parser.parse_args()

    rows, systems = star_rows_and_systems(args, load)

    print(f"{args.half} rows:")
    for name, labels, compounds in systems:
        print_matrix(star_report(name, rows, labels, compounds))
    print("per app:")
    for app in sorted({row[2] for row in rows}):
        chosen = [i for i, row in enumerate(rows) if row[2] == app]
        print(f"  {app}")
        for name, labels, compounds in systems:
            star_report(name, *picked(chosen, rows, labels, compounds), "    ")
    if args.predictions:
        write_predictions(args.predictions, ["text", "rating", "app"], rows, systems)


if __name__ == "__main__":
    main()
