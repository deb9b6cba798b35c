"""Verbatim's default sentiment profile against vaderSentiment on travel-insurance reviews.

The data are 900 Trustpilot reviews of Travel Insured International, a US travel-insurance company (policies
bought for cruises and trips abroad, claims for cancellations, delays, lost luggage and medical care abroad),
written from 2022 to early 2025, each with the reviewer's 1-5 star rating, as collected for a student project
(github.com/StephaneBah/Travel-Insurance-Reviews-Analysis, file NLP/Travel-Insured-International_Custumers_Reviews.csv
at commit 6706671c: columns rate, title, content, review_date, Reviews, Sentiment). Reviews is the review's
title and text joined by ". " (the title alone where the text is empty; the text alone where Trustpilot made the
title from the text's first words); Sentiment is a model's label, not the reviewer's, and is not read. The data
are NOT shipped with Verbatim: pass your copy's path with --csv. The script reads the columns Reviews (or, when
absent, title and content joined as above) and rate (or rating, stars); rows without text or with a rating
outside 1-5 are skipped; runs of white space are collapsed to one space.

Usage (from the package root, after `swift build -c release --product verbatim`):

    python3 evaluation/sentiment/insurance.py --csv PATH/reviews.csv --bin .build/release/verbatim
    python3 evaluation/sentiment/insurance.py --csv … --bin … --half odd      # rows 1, 3, 5, … only
    python3 evaluation/sentiment/insurance.py --csv … --bin … --predictions out.csv

Gold: rate 1-2 negative, 3 neutral, 4-5 positive. For every system it prints the 3-class accuracy, macro-F1,
Cohen's kappa and the confusion matrix (rows: gold, columns: predicted), and Pearson's r between the compound
and the rating. Verbatim is run with `verbatim score --jsonl` (default profile); vaderSentiment 3.3.2
(`pip install vaderSentiment==3.3.2`), if importable, labels by its compound at +-0.05.

--half splits the rows by their parity in file order (1-based, header excluded), so that one half can be read
for error analysis and the other held out.

Read the figures knowing that about 80% of the reviews are 4s and 5s, so accuracy rewards saying "positive" and
kappa is the fairer figure; that many 5s are written by customers who did not need their policy and say so
("thankfully we didn't need to use it, but it gave us peace of mind"), which is praise built from negations and
from words of trouble; that a 3 is often a reviewer who says there is nothing to rate yet; and that a few
reviews are about the trip rather than the insurer. With about 450 rows a half, one review moves kappa by
about 0.005.
"""

import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import field, star_main  # noqa: E402


def review_text(record):
    """The review's text: the Reviews column, or its title and content joined as the data set joins them."""
    text = field(record, "Reviews", "review", "text")
    if text:
        return text
    title, content = field(record, "title"), field(record, "content")
    if not content:
        return title
    if not title or title.endswith("…") and content.startswith(title[:-1].rstrip()):
        return content
    return f"{title}. {content}"


def load(path):
    """(text, rating) per usable row of a Travel Insured International reviews CSV, in file order."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            text = " ".join(review_text(record).split())
            try:
                rating = float(field(record, "rate", "rating", "stars"))
            except ValueError:
                continue
            if text and rating in (1, 2, 3, 4, 5):
                rows.append((text, int(rating)))
    return rows


def main():
    star_main(__doc__, load)


if __name__ == "__main__":
    main()
