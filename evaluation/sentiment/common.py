"""Shared helpers for the sentiment evaluation scripts (run from the package root or anywhere)."""
import argparse
import csv
import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPORA_DIR = os.path.join(os.path.dirname(ROOT), "shared", "corpora", "vader-groundtruth")
CORPORA = [
    ("tweets", "tweets_GroundTruth.txt"),
    ("amazon", "amazonReviewSnippets_GroundTruth.txt"),
    ("movies", "movieReviewSnippets_GroundTruth.txt"),
    ("nyt", "nytEditorialSnippets_GroundTruth.txt"),
]


def vader_files():
    """Paths of vaderSentiment 3.3.2's own lexicon files (inside the installed wheel)."""
    import vaderSentiment.vaderSentiment as module

    folder = os.path.dirname(module.__file__)
    return os.path.join(folder, "vader_lexicon.txt"), os.path.join(folder, "emoji_utf8_lexicon.txt")


def load_corpus(path):
    """(id, human mean rating, text) per line of a *_GroundTruth.txt file (id<TAB>mean<TAB>text)."""
    rows = []
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            line = line.rstrip("\n").rstrip("\r")
            if not line:
                continue
            parts = line.split("\t", 2)
            if len(parts) < 3:
                continue
            rows.append((parts[0], float(parts[1]), parts[2]))
    return rows


def run_verbatim(binary, texts, extra_args, questions=None):
    """Scores texts with `verbatim score --jsonl`; returns the parsed output objects in order. With `questions`
    (one survey question per text), each record carries its question and is read with --question-field."""
    records = [{"id": i, "text": t} for i, t in enumerate(texts)]
    if questions is not None:
        for record, question in zip(records, questions):
            record["question"] = question
        extra_args = [*extra_args, "--question-field", "question"]
    payload = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    result = subprocess.run(
        [binary, "score", "--jsonl", *extra_args], input=payload.encode("utf-8"), capture_output=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"verbatim score failed ({result.returncode}): {result.stderr.decode()[:500]}")
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]


LABELS = ("negative", "neutral", "positive")


def kappa_of(matrix):
    """Cohen's kappa of a square confusion matrix (gold rows × predicted columns)."""
    total = sum(map(sum, matrix))
    if not total:
        return 0.0
    size = len(matrix)
    observed = sum(matrix[i][i] for i in range(size)) / total
    expected = sum(sum(matrix[i]) * sum(matrix[r][i] for r in range(size)) for i in range(size)) / (total * total)
    return (observed - expected) / (1 - expected) if expected < 1 else 0.0


def metrics(gold, predicted):
    """Accuracy, macro-F1, Cohen's kappa and the confusion matrix (gold × predicted, LABELS order)."""
    index = {label: i for i, label in enumerate(LABELS)}
    matrix = [[0] * 3 for _ in LABELS]
    for g, p in zip(gold, predicted):
        matrix[index[g]][index[p]] += 1
    total = len(gold)
    accuracy = sum(matrix[i][i] for i in range(3)) / total if total else 0.0
    f1s = []
    for i in range(3):
        true_pos = matrix[i][i]
        predicted_i = sum(matrix[r][i] for r in range(3))
        gold_i = sum(matrix[i])
        precision = true_pos / predicted_i if predicted_i else 0.0
        recall = true_pos / gold_i if gold_i else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return accuracy, sum(f1s) / 3, kappa_of(matrix), matrix


def print_matrix(matrix, indent=21):
    """Prints a LABELS × LABELS confusion matrix (gold rows, predicted columns), indented."""
    pad = " " * indent
    print(f"{pad}gold\\pred   " + "  ".join(f"{label[:3]:>5}" for label in LABELS))
    for label, row in zip(LABELS, matrix):
        print(f"{pad}{label:<10}  " + "  ".join(f"{count:>5}" for count in row))


def star_label(rating):
    """The label of a 1–5 star rating: 1–2 negative, 3 neutral, 4–5 positive."""
    return "negative" if rating <= 2 else "neutral" if rating == 3 else "positive"


def pearson(xs, ys):
    """Pearson's r, or nan when either series is constant."""
    n = len(xs)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else float("nan")


def vader_compounds(texts):
    """vaderSentiment 3.3.2 compounds, or None if the package is absent."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        return None
    analyzer = SentimentIntensityAnalyzer()
    return [analyzer.polarity_scores(text)["compound"] for text in texts]


def field(record, *names):
    """The first non-empty value among the given column names of a CSV record, stripped (a data set's
    copies name their columns differently)."""
    for name in names:
        value = (record.get(name) or "").strip()
        if value:
            return value
    return ""


def half_rows(rows, half):
    """The rows of one half by row parity in file order ("odd", "even"), or all of them ("all")."""
    if half == "all":
        return rows
    return [row for i, row in enumerate(rows, 1) if (i % 2 == 1) == (half == "odd")]


def files_rows_and_systems(paths, load, half, binary, empty):
    """The rows of several files read by `load`, each file cut to `half` on its own, and each
    system's labels and compounds for their texts (first fields); exits with `empty` and the paths
    when no row is left (trustpilot.py, sentences.py)."""
    rows = [row for path in paths for row in half_rows(load(path), half)]
    if not rows:
        raise SystemExit(f"{empty} in " + ", ".join(paths))
    return rows, score_systems(binary, [row[0] for row in rows])


def groups(rows, column):
    """Each value of the rows' field `column`, sorted, with the indices of its rows."""
    for value in sorted({row[column] for row in rows}):
        yield value, [i for i, row in enumerate(rows) if row[column] == value]


def picked(indices, *columns):
    """The items at `indices` of each column (rows, labels, compounds …), as one list per column."""
    return tuple([column[i] for i in indices] for column in columns)


def score_systems(binary, texts, questions=None):
    """(name, labels, compounds) of Verbatim's default profile, also with each text's survey question when
    `questions` are given ("Verbatim + question": bare answers take the question's sign), and, when importable,
    of vaderSentiment 3.3.2 (labels by its compound at ±0.05)."""
    runs = [("Verbatim default", None)] + ([("Verbatim + question", questions)] if questions is not None else [])
    systems = []
    for name, asked in runs:
        outputs = run_verbatim(binary, texts, [], asked)
        systems.append(
            (name, [out["sentiment"]["label"] for out in outputs], [out["sentiment"]["compound"] for out in outputs])
        )
    vader = vader_compounds(texts)
    if vader is None:
        print("vaderSentiment is not importable: only Verbatim is reported", file=sys.stderr)
    else:
        labels = ["positive" if c >= 0.05 else "negative" if c <= -0.05 else "neutral" for c in vader]
        systems.append(("vaderSentiment", labels, vader))
    return systems


def star_arguments(doc, predictions_help, data=("--csv", "a copy of the data set's CSV (not shipped)", None)):
    """The field tests' command line: the data argument (flag, help, nargs; --csv by default), --bin, --half and
    --predictions (callers add their own)."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n", 1)[0])
    flag, data_help, nargs = data
    parser.add_argument(flag, required=True, nargs=nargs, help=data_help)
    parser.add_argument("--bin", required=True, help="the verbatim binary")
    parser.add_argument("--half", choices=("all", "odd", "even"), default="all", help="rows by parity in file order")
    parser.add_argument("--predictions", help=predictions_help)
    return parser


def star_rows_and_systems(args, load, transform=None):
    """The rows of `args.csv` read by `load`, cut to `args.half` and mapped by `transform` when given,
    and each system's labels and compounds for their texts (first fields); exits when no row is left."""
    rows = half_rows(load(args.csv), args.half)
    if transform:
        rows = [transform(row) for row in rows]
    if not rows:
        raise SystemExit(f"no usable rows in {args.csv}")
    return rows, score_systems(args.bin, [row[0] for row in rows])


def star_report(name, rows, labels, compounds, indent="  "):
    """Prints one system's accuracy, macro-F1, kappa (gold: the star label of each row's rating, its
    second field) and Pearson r between compound and rating; returns the confusion matrix."""
    gold = [star_label(row[1]) for row in rows]
    accuracy, macro_f1, kappa, matrix = metrics(gold, labels)
    r = pearson(compounds, [float(row[1]) for row in rows])
    print(f"{indent}{name:<18} n={len(rows):>5}  acc {accuracy:.3f}  macro-F1 {macro_f1:.3f}  kappa {kappa:.3f}  r {r:.3f}")
    return matrix


def write_predictions(path, columns, rows, systems):
    """A CSV of each row's fields (named by `columns`) and each system's label and compound."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*columns, *[f"{name} {kind}" for name, _, _ in systems for kind in ("label", "compound")]])
        for i, row in enumerate(rows):
            cells = [value for _, labels, compounds in systems for value in (labels[i], compounds[i])]
            writer.writerow([*row, *cells])


def star_main(doc, load):
    """The whole run of a field test whose rows are (text, rating) and need nothing more: the command
    line, each system's report on the chosen half and the optional predictions (hotel.py, skytrax.py)."""
    parser = star_arguments(doc, "write text, rating and each system's label and compound here")
    args = parser.parse_args()

    rows, systems = star_rows_and_systems(args, load)

    print(f"{args.half} rows:")
    for name, labels, compounds in systems:
        print_matrix(star_report(name, rows, labels, compounds))
    if args.predictions:
        write_predictions(args.predictions, ["text", "rating"], rows, systems)


def binary_report(name, rows, labels, compounds, indent="  "):
    """Prints one system's agreement with a binary gold (each row's second field: 1 positive, 0 negative):
    accuracy and Cohen's kappa of its label, "neutral" counting as a miss (a third category the gold never
    uses), how many texts it calls neutral, the AUC of its compound (Mann-Whitney, ties count half) and the
    point-biserial r between compound and gold."""
    gold = ["positive" if row[1] else "negative" for row in rows]
    accuracy, _, kappa, _ = metrics(gold, labels)
    neutral = sum(label == "neutral" for label in labels)
    positives = [c for c, row in zip(compounds, rows) if row[1]]
    negatives = [c for c, row in zip(compounds, rows) if not row[1]]
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    auc = wins / (len(positives) * len(negatives)) if positives and negatives else float("nan")
    r = pearson(compounds, [float(row[1]) for row in rows])
    print(
        f"{indent}{name:<18} n={len(rows):>5}  acc {accuracy:.3f}  kappa {kappa:.3f}  neutral {neutral:>4}"
        f"  AUC {auc:.3f}  r {r:.3f}"
    )
