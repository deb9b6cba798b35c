"""Verbatim's default sentiment profile against vaderSentiment on the Women's Clothing E-Commerce Reviews.

The data set is "Women's Clothing E-Commerce Reviews" (Kaggle, Nick Brooks: 23,486 real, anonymised reviews
of a women's clothing web shop, each with the reviewer's 1-5 Rating and "Recommended IND", 1 if the reviewer
recommends the product). It is NOT shipped with Verbatim: pass your copy's path with --csv. The script reads
the columns Title, Review Text (or ReviewText), Rating and Recommended IND; rows without text or rating are
skipped. A review's text is Title + ". " + Review Text when it has a title.

Usage (from the package root, after `swift build -c release --product verbatim`):

    python3 evaluation/sentiment/clothing.py --csv PATH/reviews.csv --bin .build/release/verbatim
    python3 evaluation/sentiment/clothing.py --csv … --bin … --half odd      # rows 1, 3, 5, … only
    python3 evaluation/sentiment/clothing.py --csv … --bin … --predictions out.csv

Gold: Rating 1-2 negative, 3 neutral, 4-5 positive. For every system it prints the 3-class accuracy, macro-F1,
Cohen's kappa and the confusion matrix (rows: gold, columns: predicted), Pearson's r between the compound and
the rating, and the binary view: Recommended IND against compound > 0 (accuracy and kappa). Verbatim is run
with `verbatim score --jsonl` (default profile); vaderSentiment 3.3.2 (`pip install vaderSentiment==3.3.2`),
if importable, labels by its compound at +-0.05.

--half splits the rows by their parity in file order (1-based, header excluded), so that one half can be read
for error analysis and the other held out. --unescape-html decodes HTML character references in the text
first ("wasn&#39;t", "&quot;", also double-escaped "&amp;#39;"), to measure what the entities in the data cost.

Read the figures with two facts about the data in mind: a 3 ("neutral") is usually a mixed review, praise and
complaint together, rather than a text without opinion; and most reviews are 5s, so accuracy rewards saying
"positive" and kappa is the fairer figure.
"""

import csv
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import kappa_of, print_matrix, star_arguments, star_report, star_rows_and_systems, write_predictions  # noqa: E402


def field(record, *names):
    """The first of the named columns that the record has (the data set's copies spell them differently)."""
    for name in names:
        if name in record and record[name] is not None:
            return record[name]
    return ""


def load(path):
    """(text, rating, recommended) per usable row of a Womens Clothing E-Commerce Reviews CSV, in file order."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            body = field(record, "Review Text", "ReviewText").strip()
            title = field(record, "Title").strip()
            try:
                rating = int(field(record, "Rating").strip())
                recommended = int(field(record, "Recommended IND").strip())
            except ValueError:
                continue
            if not body or not 1 <= rating <= 5:
                continue
            rows.append((f"{title}. {body}" if title else body, rating, recommended))
    return rows


def report(name, rows, labels, compounds):
    matrix = star_report(name, rows, labels, compounds)
    binary = [[0, 0], [0, 0]]
    for row, compound in zip(rows, compounds):
        binary[1 if row[2] else 0][1 if compound > 0 else 0] += 1
    binary_accuracy = (binary[0][0] + binary[1][1]) / len(rows)
    print(f"  {'':<18} recommended vs compound > 0: acc {binary_accuracy:.3f}  kappa {kappa_of(binary):.3f}")
    print_matrix(matrix)


def main():
    parser = star_arguments(__doc__, "write text, rating, recommended and each system's label here")
    parser.add_argument("--unescape-html", action="store_true", help="decode HTML character references first")
    args = parser.parse_args()

    # Twice: the data holds double-escaped references ("&amp;#39;").
    unescape = (lambda row: (html.unescape(html.unescape(row[0])), *row[1:])) if args.unescape_html else None
    rows, systems = star_rows_and_systems(args, load, unescape)

    print(f"{args.half} rows{' (HTML unescaped)' if args.unescape_html else ''}:")
    for name, labels, compounds in systems:
        report(name, rows, labels, compounds)
    if args.predictions:
        write_predictions(args.predictions, ["text", "rating", "recommended"], rows, systems)


if __name__ == "__main__":
    main()
