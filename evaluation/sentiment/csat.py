"""Verbatim's default sentiment profile against vaderSentiment on post-contact CSAT survey remarks.

The data are answers to the open question of the satisfaction survey an Indian e-commerce marketplace sends after a
customer-service contact (call, e-mail or chat about an order, a return, a refund, a payment), each with the
customer's 1-5 CSAT score, as published on Kaggle ("eCommerce Customer Service Satisfaction", ddosad; the company is
renamed Shopzilla, its rival SuperBuy) and copied in
github.com/yaswanth210605/Flipcart-Customer-Service-Suppourt_EDA, file Customer_support_data.csv at commit b81bfbd8
(about 86,000 contacts of August 2023; columns Unique id, channel_name, category, Sub-category, Customer Remarks,
Order_id, …, Agent_name, …, CSAT Score). About a third of the contacts have a remark. The field test of the
fifty-fifth session used the 603 contacts with a remark among the rows wholly inside the file's first 464,000
characters (columns Unique id, cut to its first 8 characters, Customer Remarks and CSAT Score; SHA-256
c74da289…13e7), of which 599 are usable. The data are NOT shipped with Verbatim: pass your copy's path with --csv
(the whole file or such an extract). The script reads the columns Customer Remarks (or remarks, text) and CSAT Score
(or csat, score); rows whose remark has no letter ("????", "5": emoji and Devanagari lost to the export's encoding)
or whose score is outside 1-5 are skipped; runs of white space are collapsed to one space.

Usage (from the package root, after `swift build -c release --product verbatim`):

    python3 evaluation/sentiment/csat.py --csv PATH/Customer_support_data.csv --bin .build/release/verbatim --first 599
    python3 evaluation/sentiment/csat.py --csv … --bin … --half odd      # rows 1, 3, 5, … only
    python3 evaluation/sentiment/csat.py --csv … --bin … --predictions out.csv

--first N keeps the first N usable rows in file order (599 reproduces the fifty-fifth session's extract from the
whole file) before --half splits them by their parity (1-based), so that one half can be read for error analysis
and the other held out.

Gold: CSAT 1-2 negative, 3 neutral, 4-5 positive. For every system it prints the 3-class accuracy, macro-F1,
Cohen's kappa and the confusion matrix (rows: gold, columns: predicted), and Pearson's r between the compound and
the score. Verbatim is run with `verbatim score --jsonl` (default profile); vaderSentiment 3.3.2
(`pip install vaderSentiment==3.3.2`), if importable, labels by its compound at +-0.05.

Read the figures knowing that two thirds of the scores are 5s and a fifth 1s, so accuracy rewards saying
"positive" and kappa is the fairer figure; that half the remarks are one to three words ("Good", "Thanks",
"Very bad", "No", "Nothing"), many misspelt ("Godd job", "Nyc", "osm") or in romanised Hindi; that a suggestion
("Try to deliver the product on time") often comes with a 5 and a bare "Good" now and then with a 1 (the score
rates the contact, the remark may answer another question); and that there are only 29 2s and 3s, so the neutral
class is small. With about 300 rows a half, one remark moves kappa by about 0.007.
"""

import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (  # noqa: E402
    field,
    half_rows,
    print_matrix,
    score_systems,
    star_arguments,
    star_report,
    write_predictions,
)


def load(path):
    """(remark, score) per usable row of a customer-support CSAT CSV, in file order."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            text = " ".join(field(record, "Customer Remarks", "remarks", "text").split())
            try:
                score = float(field(record, "CSAT Score", "csat", "score"))
            except ValueError:
                continue
            if any(character.isalpha() for character in text) and score in (1, 2, 3, 4, 5):
                rows.append((text, int(score)))
    return rows


def main():
    parser = star_arguments(__doc__, "write remark, score and each system's label and compound here")
    parser.add_argument("--first", type=int, help="only the first N usable rows in file order (before --half)")
    args = parser.parse_args()

    rows = load(args.csv)
    if args.first is not None:
        rows = rows[: args.first]
    rows = half_rows(rows, args.half)
    if not rows:
        raise SystemExit(f"no usable rows in {args.csv}")
    systems = score_systems(args.bin, [row[0] for row in rows])

    print(f"{args.half} rows:")
    for name, labels, compounds in systems:
        print_matrix(star_report(name, rows, labels, compounds))
    if args.predictions:
        write_predictions(args.predictions, ["remark", "score"], rows, systems)


if __name__ == "__main__":
    main()
