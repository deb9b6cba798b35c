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

import argparse
import csv
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import half_rows, kappa_of, metrics, pearson, print_matrix, score_systems, star_label  # noqa: E402


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
    gold = [star_label(row[1]) for row in rows]
    accuracy, macro_f1, kappa, matrix = metrics(gold, labels)
    r = pearson(compounds, [float(row[1]) for row in rows])
    binary = [[0, 0], [0, 0]]
    for row, compound in zip(rows, compounds):
        binary[1 if row[2] else 0][1 if compound > 0 else 0] += 1
    binary_accuracy = (binary[0][0] + binary[1][1]) / len(rows)
    print(f"  {name:<18} n={len(rows):>5}  acc {accuracy:.3f}  macro-F1 {macro_f1:.3f}  kappa {kappa:.3f}  r {r:.3f}")
    print(f"  {'':<18} recommended vs compound > 0: acc {binary_accuracy:.3f}  kappa {kappa_of(binary):.3f}")
    print_matrix(matrix)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--csv", required=True, help="a copy of the data set's CSV (not shipped)")
    parser.add_argument("--bin", required=True, help="the verbatim binary")
    parser.add_argument("--half", choices=("all", "odd", "even"), default="all", help="rows by parity in file order")
    parser.add_argument("--unescape-html", action="store_true", help="decode HTML character references first")
    parser.add_argument("--predictions", help="write text, rating, recommended and each system's label here")
    args = parser.parse_args()

    rows = load(args.csv)
    rows = half_rows(rows, args.half)
    if args.unescape_html:
        # Twice: the data holds double-escaped references ("&amp;#39;").
        rows = [(html.unescape(html.unescape(row[0])), row[1], row[2]) for row in rows]
    if not rows:
        raise SystemExit(f"no usable rows in {args.csv}")
    systems = score_systems(args.bin, [row[0] for row in rows])

    print(f"{args.half} rows{' (HTML unescaped)' if args.unescape_html else ''}:")
    for name, labels, compounds in systems:
        report(name, rows, labels, compounds)
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["text", "rating", "recommended", *[f"{name} {kind}" for name, _, _ in systems for kind in ("label", "compound")]])
            for i, row in enumerate(rows):
                cells = [value for _, labels, compounds in systems for value in (labels[i], compounds[i])]
                writer.writerow([row[0], row[1], row[2], *cells])


if __name__ == "__main__":
    main()
