"""Verbatim's default sentiment profile against vaderSentiment on NHS Friends and Family Test comments.

The data are patients' and carers' answers to the open questions of the NHS Friends and Family Test (FFT) of two
English NHS trusts, the North East Ambulance Service (NEAS: patient transport, "see and convey" emergency calls,
the 111 line) and Nottinghamshire Healthcare (NHFT: community health, mental health and forensic services), from
April 2021 to September 2022, each with the respondent's FFT rating of the service and a human coder's sentiment
of the comment, as published by the Strategy Unit's pxtextmining project: GitHub repository
The-Strategy-Unit/pxtextmining, file datasets/v6framework_230831.csv at commit c62c79d7 (columns Comment ID, Trust,
Respondent ID, Date, Service type 1, Service type 2, FFT categorical answer, FFT question, FFT answer, Person
identifiable info?, Comment sentiment and one column per theme of the coding framework). The repository's
datasets/README.md states no licence for these two trusts' FFT data (it names CC BY-NC-SA 4.0 only for the Care
Opinion rows). The field test of the fifty-fifth session used the 408 rows with an answer in four stretches of
the file (characters 0-16,000 and 800,000-816,000: 112 patient-transport answers; 1,100,000-1,132,000: 116 NHFT
answers to "What could we do better?" and "What was good?"; 1,400,000-1,448,000: 180 answers, mostly about
emergency calls), rows cut by a stretch's ends and the few answers the source itself cuts mid-word left out,
answers stripped of outer white space, kept in file order with the columns Comment ID, Trust, FFT categorical
answer, FFT question, FFT answer and Comment sentiment (SHA-256 b7a5ccfe…0e10). The data are NOT shipped with
Verbatim: pass your copy's path with --csv (the whole file or such an extract). Rows whose answer is empty, has
no letter or is the form's "Did not answer" are skipped; runs of white space are collapsed to one space.

Usage (from the package root, after `swift build -c release --product verbatim`):

    python3 evaluation/sentiment/nhsfft.py --csv PATH/nhs_fft.csv --bin .build/release/verbatim
    python3 evaluation/sentiment/nhsfft.py --csv … --bin … --half odd      # rows 1, 3, 5, … only
    python3 evaluation/sentiment/nhsfft.py --csv … --bin … --predictions out.csv

--half splits the usable rows by their parity in file order (1-based), so that one half can be read for error
analysis and the other held out.

Two golds, each on the rows that have it. The rating: the FFT's "overall, how was your experience of our
service?" from 1 (very good) to 5 (very poor), read as 1-2 positive, 3 neutral, 4-5 negative (6, don't know, and
7, a code the file does not explain, are skipped); Pearson's r is taken against 6 - rating, so that
higher is better as for the compound. The coder's sentiment of the comment itself, 1 (very positive) to 5 (very
negative), read the same way. For every system and gold it prints the 3-class accuracy, macro-F1, Cohen's kappa,
the confusion matrix (rows: gold, columns: predicted) and r; then kappa and r of each gold per kind of question:
"why" (the FFT's "why did you give this answer?", "what was good?", the 111 survey's "what were you satisfied or
dissatisfied with?") and "improve" ("how could we improve?", "what could we do better?"). Verbatim is run with
`verbatim score --jsonl` (default profile); vaderSentiment 3.3.2 (`pip install vaderSentiment==3.3.2`), if
importable, labels by its compound at +-0.05.

Read the figures knowing that the rating scores the service, not the comment: most ratings are 1s, and an answer
to "how could we improve?" is a suggestion or a complaint ("Arrive sooner", "Long wait") even from a patient who
rated the service very good, or a "Nothing." that the coders call very positive; so the rating gold is noisy on
the improve questions and the coder's sentiment is the fairer gold for a text's own sentiment. The answers are
short (half have fewer than ten words), British ("mam", "lovely", "brilliant", "couldn't fault") and clinical
("chest pain", "stroke", "in agony", "seclusion"), and an illness or a wait told as a fact is not a complaint
about the service. With about 200 rows a half, one answer moves kappa by about 0.01.
"""

import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (  # noqa: E402
    field,
    half_rows,
    metrics,
    pearson,
    print_matrix,
    score_systems,
    star_arguments,
    star_label,
    write_predictions,
)

WHY = ("why", "good", "satisfied")  # words of the questions that ask for the reason of a rating or for praise


def level(value):
    """An FFT rating or a coder's sentiment as an int 1-5, or None (6 don't know, 7 missing, blank)."""
    try:
        number = float(value)
    except ValueError:
        return None
    return int(number) if number in (1, 2, 3, 4, 5) else None


def load(path):
    """(answer, rating, sentiment, kind) per usable row of an FFT CSV, in file order; rating and sentiment are
    1 (best) to 5 (worst) or None, kind is "why" or "improve"; last the question as worded."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            text = " ".join(field(record, "FFT answer", "answer", "text").split())
            if not any(character.isalpha() for character in text) or text.lower() == "did not answer":
                continue
            rating = level(field(record, "FFT categorical answer", "rating"))
            sentiment = level(field(record, "Comment sentiment", "sentiment"))
            if rating is None and sentiment is None:
                continue
            question = field(record, "FFT question", "question").lower()
            kind = "why" if any(word in question for word in WHY) else "improve"
            rows.append((text, rating, sentiment, kind, field(record, "FFT question", "question")))
    return rows


def report(name, rows, labels, compounds, column, indent="  "):
    """Prints one system's figures against the gold in `column` (1 rating, 2 sentiment) on the rows that have it,
    then kappa and r per kind of question; returns the confusion matrix."""
    picked = [i for i, row in enumerate(rows) if row[column] is not None]

    def figures(indices):
        gold = [star_label(6 - rows[i][column]) for i in indices]
        accuracy, macro_f1, kappa, matrix = metrics(gold, [labels[i] for i in indices])
        r = pearson([compounds[i] for i in indices], [6.0 - rows[i][column] for i in indices])
        return accuracy, macro_f1, kappa, matrix, r

    accuracy, macro_f1, kappa, matrix, r = figures(picked)
    print(
        f"{indent}{name:<18} n={len(picked):>5}  acc {accuracy:.3f}  macro-F1 {macro_f1:.3f}  kappa {kappa:.3f}"
        f"  r {r:.3f}"
    )
    for kind in ("why", "improve"):
        indices = [i for i in picked if rows[i][3] == kind]
        if indices:
            _, _, kind_kappa, _, kind_r = figures(indices)
            print(f"{indent}  {kind:<8} n={len(indices):>4}  kappa {kind_kappa:.3f}  r {kind_r:.3f}")
    return matrix


def main():
    parser = star_arguments(__doc__, "write answer, rating, sentiment, kind and each system's label and compound here")
    args = parser.parse_args()

    rows = half_rows(load(args.csv), args.half)
    if not rows:
        raise SystemExit(f"no usable rows in {args.csv}")
    systems = score_systems(args.bin, [row[0] for row in rows], [row[4] for row in rows])

    for column, gold in ((1, "the FFT rating"), (2, "the coder's sentiment")):
        print(f"{args.half} rows, gold {gold}:")
        for name, labels, compounds in systems:
            print_matrix(report(name, rows, labels, compounds, column))
    if args.predictions:
        write_predictions(args.predictions, ["answer", "rating", "sentiment", "kind", "question"], rows, systems)


if __name__ == "__main__":
    main()
