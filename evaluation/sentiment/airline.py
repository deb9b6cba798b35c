"""Verbatim's default sentiment profile against vaderSentiment on the Twitter US Airline Sentiment data.

The data set is "Twitter US Airline Sentiment" (Crowdflower / Figure Eight "Data for Everyone", also on
Kaggle as Tweets.csv: 14,640 tweets to six US airlines from February 2015, each labelled positive,
neutral or negative by crowd workers, with `airline_sentiment_confidence`). It is licensed CC BY-NC-SA
4.0 and is NOT shipped with Verbatim: download Tweets.csv yourself and pass its path with --csv.

Usage (from the package root, after `swift build -c release --product verbatim`):

    python3 evaluation/sentiment/airline.py --csv PATH/Tweets.csv --bin .build/release/verbatim
    python3 evaluation/sentiment/airline.py --csv Tweets.csv --bin … --predictions out.csv  # per-row labels
    python3 evaluation/sentiment/airline.py --csv Tweets.csv --bin … --half even   # rows 2, 4, 6, … only

For every system it prints, on all rows and on the rows with airline_sentiment_confidence >= 0.6
(--min-confidence), the 3-class accuracy, macro-F1, Cohen's kappa and the confusion matrix (rows: gold,
columns: predicted). Verbatim is run with `verbatim score --jsonl` (default profile); vaderSentiment
3.3.2 (`pip install vaderSentiment==3.3.2`), if importable, labels by its compound at +-0.05.

Read the figures with two facts about the data in mind: "neutral" there means no sentiment toward the
airline (questions, requests, facts), not a mild opinion; and the tweets open with @mentions, which
Verbatim does not score while VADER scores "@united" as the word "united".

--half splits the labelled rows by their parity in file order (1-based, header excluded), as the other field
tests do, so that one half can be read for error analysis and the other held out.
"""

import argparse
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import LABELS, half_rows, metrics, print_matrix, run_verbatim  # noqa: E402


def load(path):
    """(text, gold label, confidence) per row of a Tweets.csv in the Kaggle / Crowdflower format."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            label = record.get("airline_sentiment", "").strip()
            if label not in LABELS:
                continue
            try:
                confidence = float(record.get("airline_sentiment_confidence") or "nan")
            except ValueError:
                confidence = float("nan")
            rows.append((record.get("text", ""), label, confidence))
    return rows


def vader_labels(texts):
    """vaderSentiment 3.3.2 labels (compound >= 0.05 positive, <= -0.05 negative), or None if absent."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        return None
    analyzer = SentimentIntensityAnalyzer()
    labels = []
    for text in texts:
        compound = analyzer.polarity_scores(text)["compound"]
        labels.append("positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral")
    return labels


def report(name, gold, predicted, keep):
    accuracy, macro_f1, kappa, matrix = metrics([gold[i] for i in keep], [predicted[i] for i in keep])
    print(f"  {name:<18} n={len(keep):>5}  acc {accuracy:.3f}  macro-F1 {macro_f1:.3f}  kappa {kappa:.3f}")
    print_matrix(matrix)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--csv", required=True, help="the data set's Tweets.csv (not shipped)")
    parser.add_argument("--bin", required=True, help="the verbatim binary")
    parser.add_argument("--min-confidence", type=float, default=0.6)
    parser.add_argument("--half", choices=("all", "odd", "even"), default="all", help="rows by parity in file order")
    parser.add_argument("--predictions", help="write text, gold, confidence and each system's label here")
    args = parser.parse_args()

    rows = half_rows(load(args.csv), args.half)
    if not rows:
        raise SystemExit(f"no labelled rows in {args.csv}")
    texts = [row[0] for row in rows]
    gold = [row[1] for row in rows]
    systems = [("Verbatim default", [out["sentiment"]["label"] for out in run_verbatim(args.bin, texts, [])])]
    vader = vader_labels(texts)
    if vader is None:
        print("vaderSentiment is not importable: only Verbatim is reported", file=sys.stderr)
    else:
        systems.append(("vaderSentiment", vader))

    confident = [i for i, row in enumerate(rows) if row[2] >= args.min_confidence]
    for title, keep in (("all rows", list(range(len(rows)))), (f"confidence >= {args.min_confidence}", confident)):
        print(f"{title}:")
        for name, predicted in systems:
            report(name, gold, predicted, keep)
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["text", "gold", "confidence", *[name for name, _ in systems]])
            for i, row in enumerate(rows):
                writer.writerow([row[0], row[1], row[2], *[predicted[i] for _, predicted in systems]])


if __name__ == "__main__":
    main()
