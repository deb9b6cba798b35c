"""Verbatim's default sentiment profile against vaderSentiment on Amazon Fine Food Reviews.

The data set is "Amazon Fine Food Reviews" (McAuley and Leskovec 2013, published by Stanford SNAP and on Kaggle:
568,454 reviews of food, drink and pet-food products sold on Amazon, 1999-2012, each with the reviewer's 1-5 Score).
Its columns are Id, ProductId, UserId, ProfileName, HelpfulnessNumerator, HelpfulnessDenominator, Score, Time,
Summary and Text. They are shoppers' own words about groceries and their delivery (taste, freshness, price,
packaging, shipping), a domain no earlier field test covered. The data are NOT shipped with Verbatim: pass your
copy's path with --csv. The field test of 2026-12-06 used the first 383 rows (Id 1-383) of the copy in the GitHub
repository Chitresh62001/Sentiment-Analysis-using-NLTK (file Reviews.csv, which states no licence).

A review's text is its Summary (the reviewer's own headline) and its Text, joined with ". " unless the Summary
already ends in . ! or ?; HTML line breaks ("<br />") become spaces, other tags are dropped and character
references ("&#34;") are decoded. Rows are skipped when they have no text, when their Score is not a whole number
from 1 to 5, or when their Summary and Text repeat an earlier row's (the site copies a review to each variant of
a product: rows 11 and 30 of the field test's extract are one review).

Usage (from the package root, after `swift build -c release --product verbatim`):

    python3 evaluation/sentiment/finefood.py --csv PATH/Reviews.csv --bin .build/release/verbatim
    python3 evaluation/sentiment/finefood.py --csv … --bin … --half odd      # usable rows 1, 3, 5, … only
    python3 evaluation/sentiment/finefood.py --csv … --bin … --predictions out.csv

Gold: Score 1-2 negative, 3 neutral, 4-5 positive. For every system it prints the 3-class accuracy, macro-F1,
Cohen's kappa and the confusion matrix (rows: gold, columns: predicted) and Pearson's r between the compound and
the Score. Verbatim is run with `verbatim score --jsonl` (default profile); vaderSentiment 3.3.2
(`pip install vaderSentiment==3.3.2`), if importable, labels by its compound at +-0.05.

--half splits the usable rows by their parity in file order (1-based, skipped rows excluded), so that one half
can be read for error analysis and the other held out.

Read the figures knowing that most reviews are 5s (259 of the extract's 383 rows; 45 are 1s or 2s), so accuracy
rewards saying "positive" and kappa is the fairer figure; that the file is ordered by product, so neighbouring
rows often review the same product; that many reviews describe recipes, ingredients and pets at length around
a short verdict; that food words carry opinion here ("stale", "bland", "mushy", "melted") while "hot", "sweet"
or "strong" can be praise or complaint; and that with about 190 rows a half one review moves kappa by about 0.01.
"""

import csv
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import field, star_main  # noqa: E402

LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
TAG = re.compile(r"<[^>]*>")


def clean(text):
    """Text without HTML: line breaks as spaces, other tags dropped, character references decoded."""
    return " ".join(html.unescape(TAG.sub("", LINE_BREAK.sub(" ", text))).split())


def review_text(summary, body):
    """The text scored for one review: its Summary and its Text, joined as one would write them."""
    if not summary:
        return body
    if not body:
        return summary
    return f"{summary} {body}" if summary[-1] in ".!?" else f"{summary}. {body}"


def load(path):
    """(text, rating) per usable row of an Amazon Fine Food Reviews CSV, in file order."""
    rows = []
    seen = set()
    with open(path, encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            summary, body = clean(field(record, "Summary")), clean(field(record, "Text"))
            try:
                score = float(field(record, "Score"))
            except ValueError:
                continue
            if not (summary or body) or score != int(score) or not 1 <= score <= 5 or (summary, body) in seen:
                continue
            seen.add((summary, body))
            rows.append((review_text(summary, body), int(score)))
    return rows


def main():
    star_main(__doc__, load)


if __name__ == "__main__":
    main()
