"""Verbatim's default sentiment profile against vaderSentiment on the UCI "Sentiment Labelled Sentences".

The data set is "Sentiment Labelled Sentences" (Kotzias, Denil, de Freitas and Smyth, "From Group to Individual
Labels using Deep Features", KDD 2015; UCI Machine Learning Repository): 1,000 single sentences from each of
three sites, each labelled 1 (positive) or 0 (negative), 500 of each, with no neutral sentences. This script
reads the two that are customer feedback: amazon_cells_labelled.txt (Amazon reviews of phones and phone
accessories) and yelp_labelled.txt (Yelp restaurant reviews); the IMDB file is film criticism and is refused.
Each line is "sentence<TAB>label"; lines that do not end in a tab and 0 or 1 (a header some copies add) are
skipped. The data are NOT shipped with Verbatim: pass your copies' paths with --data (the file name, which
must start with "amazon" or "yelp", names the source).

Usage (from the package root, after `swift build -c release --product verbatim`):

    python3 evaluation/sentiment/sentences.py --data PATH/amazon_cells_labelled.txt PATH/yelp_labelled.txt \\
        --bin .build/release/verbatim
    python3 evaluation/sentiment/sentences.py --data … --bin … --half odd      # rows 1, 3, 5, … of each file
    python3 evaluation/sentiment/sentences.py --data … --bin … --predictions out.csv

For every system and source it prints the accuracy and Cohen's kappa of the label against the binary gold, with
"neutral" counted as a miss (a third category that the gold never uses, so a system that abstains is not
rewarded), how many sentences the system calls neutral, the AUC of the compound (the chance that a random
positive sentence scores above a random negative one, ties counting half) and the point-biserial r between the
compound and the 0/1 label. Verbatim is run with `verbatim score --jsonl` (default profile);
vaderSentiment 3.3.2 (`pip install vaderSentiment==3.3.2`), if importable, labels by its compound at +-0.05.

--half splits each file's rows by their parity in file order (1-based, skipped lines excluded), so that one
half can be read for error analysis and the other held out.

Read the figures knowing that the sentences were chosen by the data set's authors to carry a clear sentiment,
so a neutral label is almost always a miss, and that with 500 sentences a half and source one sentence moves
accuracy by 0.002 and kappa by about 0.004.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (  # noqa: E402
    binary_report,
    files_rows_and_systems,
    groups,
    picked,
    star_arguments,
    write_predictions,
)

SOURCES = ("amazon", "yelp")


def source_of(path):
    """The source named by a file's name ("amazon" or "yelp"); exits on any other file."""
    base = os.path.basename(path).lower()
    for source in SOURCES:
        if base.startswith(source):
            return source
    raise SystemExit(f"{path}: expected amazon_cells_labelled.txt or yelp_labelled.txt (IMDB is not feedback)")


def load(path):
    """(text, label, source) per labelled line of one file, in file order."""
    source = source_of(path)
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for line in handle.read().split("\n"):
            text, _, label = line.rstrip("\r").rpartition("\t")
            if text.strip() and label in ("0", "1"):
                rows.append((text, int(label), source))
    return rows


def main():
    data = ("--data", "copies of amazon_cells_labelled.txt and/or yelp_labelled.txt (not shipped)", "+")
    parser = star_arguments(__doc__, "write text, label, source and each system's label and compound here", data)
    args = parser.parse_args()

    rows, systems = files_rows_and_systems(args.data, load, args.half, args.bin, "no labelled lines")

    print(f"{args.half} rows:")
    for source, chosen in groups(rows, 2):
        print(f"  {source}")
        for name, labels, compounds in systems:
            binary_report(name, *picked(chosen, rows, labels, compounds), "    ")
    print("  both")
    for name, labels, compounds in systems:
        binary_report(name, rows, labels, compounds, "    ")
    if args.predictions:
        write_predictions(args.predictions, ["text", "label", "source"], rows, systems)


if __name__ == "__main__":
    main()
