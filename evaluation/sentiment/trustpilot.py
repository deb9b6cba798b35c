"""Verbatim's default sentiment profile against vaderSentiment on Trustpilot company reviews.

The data are Trustpilot reviews of two companies, each with the reviewer's 1-5 star rating, as published in the
GitHub repository ayesha-waris639/Trustpilot-Sentiment-Analysis (files data/wise_raw_reviews.csv: 200 reviews
of Wise, an online money-transfer service, and data/temu_raw_reviews.csv: 202 reviews of Temu, an online shop;
columns Company, Industry, Review Title, Review Text, Rating, Date; scraped in August 2026; the repository
states no licence). They are company reviews written to a review site, the closest public kind of text to the
open answer of a satisfaction survey that carries its own score. The data are NOT shipped with Verbatim: pass
your copies' paths with --csv (one or more files). Rows without text or with a rating outside 1-5 are skipped,
and so are the site's teaser copies: rows whose text ends in "... See more" (the first few rows of each file,
cut at 200 characters, with no title; the full review is usually a later row of the same file). A review's text is
Title + ". " + Review Text, except when the title is the site's own (the body's first words ending in "…") or
the body already starts with it.

Usage (from the package root, after `swift build -c release --product verbatim`):

    python3 evaluation/sentiment/trustpilot.py --csv PATH/wise_raw_reviews.csv PATH/temu_raw_reviews.csv \\
        --bin .build/release/verbatim
    python3 evaluation/sentiment/trustpilot.py --csv … --bin … --half odd      # rows 1, 3, 5, … of each file
    python3 evaluation/sentiment/trustpilot.py --csv … --bin … --predictions out.csv

Gold: Rating 1-2 negative, 3 neutral, 4-5 positive (the stars' usual reading; Trustpilot's own labels call
1-2 "bad", 3 "average" and 4-5 "great"/"excellent"). For every system it prints the 3-class accuracy, macro-F1,
Cohen's kappa and the confusion matrix (rows: gold, columns: predicted) and Pearson's r between the compound
and the rating, on all rows and per company. Verbatim is run with `verbatim score --jsonl` (default profile);
vaderSentiment 3.3.2 (`pip install vaderSentiment==3.3.2`), if importable, labels by its compound at +-0.05.

--half splits each file's rows by their parity in file order (1-based, skipped rows excluded), so that one
half can be read for error analysis and the other held out.

Read the figures knowing that the two companies pull in opposite directions (Wise is mostly 5 stars, Temu
mostly 1), so the pooled figures reward a system that tells them apart and the per-company ones are the
harder test; that a 3 is usually a mixed review; that in about thirty Wise rows (mostly 5 stars) and four
Temu rows the "Review Text" column holds the company's reply instead of the reviewer's words (a scraping
error: only the title is the reviewer's); and that with about 200 rows a half one review moves kappa by
about 0.01.
"""

import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (  # noqa: E402
    field,
    files_rows_and_systems,
    groups,
    picked,
    print_matrix,
    star_arguments,
    star_report,
    write_predictions,
)

TEASER = re.compile(r"\.\.\.\s*See more\s*$")


def review_text(title, body):
    """The text scored for one review: its title and body, or the body alone when the title is the site's
    truncation of the body ("…" at its end) or the body starts with it."""
    if not title or title.endswith("…") or body.casefold().startswith(title.rstrip(" .!").casefold()):
        return body
    return f"{title}. {body}" if title[-1] not in ".!?" else f"{title} {body}"


def load(path):
    """(text, rating, company) per usable row of one Trustpilot CSV, in file order."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            body = field(record, "Review Text", "Text", "Review")
            try:
                rating = int(field(record, "Rating", "Stars"))
            except ValueError:
                continue
            if not body or TEASER.search(body) or not 1 <= rating <= 5:
                continue
            text = review_text(field(record, "Review Title", "Title"), body)
            rows.append((text, rating, field(record, "Company") or os.path.basename(path)))
    return rows


def main():
    data = ("--csv", "copies of the Trustpilot review CSVs (not shipped)", "+")
    parser = star_arguments(__doc__, "write text, rating, company and each system's label and compound here", data)
    args = parser.parse_args()

    rows, systems = files_rows_and_systems(args.csv, load, args.half, args.bin, "no usable rows")

    print(f"{args.half} rows, all companies:")
    for name, labels, compounds in systems:
        print_matrix(star_report(name, rows, labels, compounds))
    for company, chosen in groups(rows, 2):
        print(f"{args.half} rows, {company}:")
        for name, labels, compounds in systems:
            star_report(name, *picked(chosen, rows, labels, compounds))
    if args.predictions:
        write_predictions(args.predictions, ["text", "rating", "company"], rows, systems)


if __name__ == "__main__":
    main()
