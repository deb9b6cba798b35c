"""Verbatim's default sentiment profile against vaderSentiment on Skytrax airport-lounge reviews.

The data are user reviews of airline lounges from Skytrax (airlinequality.com), as published in the GitHub
repository quankiquanki/skytrax-reviews-dataset (file data/lounge.csv: 2,264 reviews scraped on 2 August 2015;
columns airline_name, link, title, author, author_country, date, content, lounge_name, airport, lounge_type,
date_visit, type_traveller, overall_rating, six sub-ratings and recommended; its README says the licence under
which Skytrax published the reviews is unknown). They are travellers' own words about a service they used, with
the score they gave it, a domain no earlier field test covered (travel: lounges of airlines and airports).
The data are NOT shipped with Verbatim: pass your copy's path with --csv. The script reads the columns content,
overall_rating and date, so it takes the whole file or an extract that keeps those columns (the field test of
2026-12-06 used the first 316 rows, airlines "adria-airways" to "american-airlines").

Rows are skipped when they have no text, when their rating is not a whole number from 1 to 5, or when they are
dated 2015-06-01 or later: Skytrax changed its review form in June 2015, and the rows of the new form rate the
lounge from 1 to 10 ("9.0", "6.0") while the older rows rate it from 1 to 5, with nothing else in the row that
tells the two scales apart reliably. The review's text is the content column alone (the title column is the
site's name of the lounge, not the reviewer's words).

Usage (from the package root, after `swift build -c release --product verbatim`):

    python3 evaluation/sentiment/skytrax.py --csv PATH/lounge.csv --bin .build/release/verbatim
    python3 evaluation/sentiment/skytrax.py --csv … --bin … --half odd      # usable rows 1, 3, 5, … only
    python3 evaluation/sentiment/skytrax.py --csv … --bin … --predictions out.csv

Gold: overall_rating 1-2 negative, 3 neutral, 4-5 positive. For every system it prints the 3-class accuracy,
macro-F1, Cohen's kappa and the confusion matrix (rows: gold, columns: predicted) and Pearson's r between the
compound and the rating. Verbatim is run with `verbatim score --jsonl` (default profile); vaderSentiment 3.3.2
(`pip install vaderSentiment==3.3.2`), if importable, labels by its compound at +-0.05. The recommended column
is not used: in the older rows it is 0 for many reviews rated 4 or 5 ("Excellent lounge …", rated 5), so it is
not the reviewer's answer to a question.

--half splits the usable rows by their parity in file order (1-based, skipped rows excluded), so that one half
can be read for error analysis and the other held out.

Read the figures knowing that lounge reviewers are critical (in the 300 usable rows of the field test's extract
2s are the commonest rating and 3s the next), that a 3 is usually a mixed review, that the reviews are long
lists of facts (what food there was, how many showers, whether the wifi worked) where the complaint is often an
absence ("no windows", "only crisps"), and that with about 150 rows a half one review moves kappa by about 0.01.
"""

import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import field, star_main  # noqa: E402

NEW_FORM_FROM = "2015-06-01"


def load(path):
    """(text, rating) per usable row of a Skytrax lounge-review CSV, in file order."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            text = field(record, "content")
            try:
                score = float(field(record, "overall_rating"))
            except ValueError:
                continue
            if not text or field(record, "date") >= NEW_FORM_FROM or score != int(score) or not 1 <= score <= 5:
                continue
            rows.append((text, int(score)))
    return rows


def main():
    star_main(__doc__, load)


if __name__ == "__main__":
    main()
