#!/usr/bin/env python3
"""Sentiment evaluation: one command, one run.

For each corpus in ../shared/corpora/vader-groundtruth (Hutto & Gilbert 2014): Pearson r of the
score against the human mean rating, 3-class accuracy, macro-F1 and Cohen's kappa (gold: mean
> 0.05 positive, < -0.05 negative, else neutral) for Verbatim (default profile), Verbatim
(--profile vader with VADER's own files), Verbatim's default rules on VADER's lexicon (an ablation
that separates rules from lexicon), vaderSentiment 3.3.2, TextBlob and AFINN; then throughput
(texts/s, one core via taskset, whole process: start-up, loading, scoring, output) of Verbatim
against vaderSentiment on all 23,703 texts. A fifth row group is customer feedback: the 420 answers
of the project's demo export (corpora/demo, written for the project) against the author's adjudicated
gold codes (corpora/demo/codes-sentiment.csv, coder "gold"); there Pearson r is against the gold label
as −1/0/+1. Prints a Markdown table; --append adds it to evaluation/RESULTS.md with the machine, date
and command.

Predicted labels: compound (or TextBlob polarity) >= 0.05 positive, <= -0.05 negative (VADER's
README convention); AFINN: sum > 0 positive, < 0 negative.

Usage: python3 evaluation/sentiment/run.py --bin .build/release/verbatim [--append] [--repeat 3]
"""
import argparse
import datetime
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CORPORA, CORPORA_DIR, ROOT, load_corpus, run_verbatim, vader_files  # noqa: E402

LABELS = ("negative", "neutral", "positive")


def gold_label(mean):
    return "positive" if mean > 0.05 else "negative" if mean < -0.05 else "neutral"


def compound_label(value):
    return "positive" if value >= 0.05 else "negative" if value <= -0.05 else "neutral"


def metrics(gold_scores, predicted_scores, predicted_labels):
    from scipy.stats import pearsonr
    from sklearn.metrics import accuracy_score, cohen_kappa_score, f1_score

    gold_labels = [gold_label(value) for value in gold_scores]
    r = pearsonr(gold_scores, predicted_scores)[0] if len(set(predicted_scores)) > 1 else float("nan")
    return {
        "r": r,
        "accuracy": accuracy_score(gold_labels, predicted_labels),
        "macro_f1": f1_score(gold_labels, predicted_labels, labels=list(LABELS), average="macro", zero_division=0),
        "kappa": cohen_kappa_score(gold_labels, predicted_labels, labels=list(LABELS)),
    }


def systems(binary):
    """name → function(texts) → (scores, labels)."""
    lexicon, emoji = vader_files()

    def verbatim(extra):
        def score(texts):
            out = run_verbatim(binary, texts, extra)
            return [o["sentiment"]["compound"] for o in out], [o["sentiment"]["label"] for o in out]

        return score

    def vader(texts):
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        analyzer = SentimentIntensityAnalyzer()
        scores = [analyzer.polarity_scores(text)["compound"] for text in texts]
        return scores, [compound_label(value) for value in scores]

    def textblob(texts):
        from textblob import TextBlob

        scores = [TextBlob(text).sentiment.polarity for text in texts]
        return scores, [compound_label(value) for value in scores]

    def afinn(texts):
        from afinn import Afinn

        model = Afinn(emoticons=True)
        scores = [model.score(text) for text in texts]
        return scores, ["positive" if v > 0 else "negative" if v < 0 else "neutral" for v in scores]

    return [
        ("Verbatim default", verbatim([])),
        ("Verbatim --profile vader", verbatim(["--profile", "vader", "--lexicon", lexicon, "--emoji-lexicon", emoji])),
        # Ablation: the default profile's rules on VADER's lexicon instead of the shipped one.
        (
            "Verbatim default rules, VADER lexicon",
            verbatim(["--lexicon", "-default", "--lexicon", lexicon, "--emoji-lexicon", emoji]),
        ),
        ("vaderSentiment 3.3.2", vader),
        ("TextBlob", textblob),
        ("AFINN", afinn),
    ]


def demo_feedback(binary):
    """(id, gold as −1/0/+1, text) for the demo export's answers that have a gold sentiment code."""
    import csv
    import json

    export = os.path.join(ROOT, "corpora", "demo", "feedback-export.xml")
    imported = subprocess.run([binary, "import", export], capture_output=True, check=True).stdout.decode("utf-8")
    texts = {record["id"]: record["text"] for record in map(json.loads, imported.splitlines())}
    value = {"positive": 1.0, "neutral": 0.0, "negative": -1.0}
    with open(os.path.join(ROOT, "corpora", "demo", "codes-sentiment.csv"), encoding="utf-8") as handle:
        gold = {row["item"]: value[row["label"]] for row in csv.DictReader(handle) if row["coder"] == "gold"}
    return [(item, gold[item], texts[item]) for item in sorted(gold) if item in texts]


def timed(command, stdin_path):
    """(wall-clock seconds, CPU seconds user+sys) of a whole process pinned to one core."""
    prefix = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    with open(stdin_path, "rb") as stdin, open(os.devnull, "wb") as devnull:
        start = time.perf_counter()
        process = subprocess.Popen(prefix + command, stdin=stdin, stdout=devnull)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        if status != 0:
            raise SystemExit(f"{command[0]} failed with status {status}")
        return wall, usage.ru_utime + usage.ru_stime


def throughput(binary, texts, repeat, python=sys.executable):
    lexicon, emoji = vader_files()
    folder = tempfile.mkdtemp(prefix="verbatim-sentiment-bench-")
    path = os.path.join(folder, "texts.txt")
    with open(path, "w", encoding="utf-8") as handle:
        for text in texts:
            handle.write(text.replace("\n", " ") + "\n")
    vader_script = (
        "import sys\n"
        "from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer\n"
        "a = SentimentIntensityAnalyzer()\n"
        "w = sys.stdout.write\n"
        "for line in sys.stdin:\n"
        "    w(str(a.polarity_scores(line.rstrip('\\n'))['compound']) + '\\n')\n"
    )
    runs = {
        "Verbatim default": [binary, "score"],
        "Verbatim --profile vader": [binary, "score", "--profile", "vader", "--lexicon", lexicon, "--emoji-lexicon", emoji],
        "vaderSentiment 3.3.2": [python, "-c", vader_script],
    }
    result = {}
    for name, command in runs.items():
        measured = [timed(command, path) for _ in range(repeat)]
        wall = min(m[0] for m in measured)
        cpu = min(m[1] for m in measured)
        result[name] = (wall, cpu)
    shutil.rmtree(folder, ignore_errors=True)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "verbatim"))
    parser.add_argument("--append", action="store_true", help="append the table to evaluation/RESULTS.md")
    parser.add_argument("--repeat", type=int, default=3, help="throughput runs per system (best is kept)")
    parser.add_argument("--anchor-python", default=sys.executable,
                        help="interpreter that runs vaderSentiment in the throughput run (see bench_combined.py)")
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)

    corpora = [(name, load_corpus(os.path.join(CORPORA_DIR, file_name))) for name, file_name in CORPORA]
    feedback = demo_feedback(binary)
    lines = []
    lines.append("| corpus | n | system | Pearson r | accuracy | macro-F1 | Cohen's κ |")
    lines.append("|---|---:|---|---:|---:|---:|---:|")
    for name, rows in corpora + [("feedback (demo, gold codes)", feedback)]:
        gold = [mean for _, mean, _ in rows]
        texts = [text for _, _, text in rows]
        for system, score in systems(binary):
            scores, labels = score(texts)
            m = metrics(gold, scores, labels)
            lines.append(
                f"| {name} | {len(rows)} | {system} | {m['r']:.3f} | {m['accuracy']:.3f} | {m['macro_f1']:.3f} | {m['kappa']:.3f} |"
            )
            print(lines[-1], flush=True)

    all_texts = [text for _, rows in corpora for _, _, text in rows]
    speeds = throughput(binary, all_texts, args.repeat, args.anchor_python)
    vader_wall, vader_cpu = speeds["vaderSentiment 3.3.2"]
    n = len(all_texts)
    lines.append("")
    lines.append(
        f"Throughput on all {n} texts, one core (taskset -c 0), whole process (start-up, loading, scoring, "
        f"output), best of {args.repeat}; the machine is shared, so CPU time (user + sys) is the steadier figure; "
        f"vaderSentiment on {args.anchor_python}:"
    )
    lines.append("")
    lines.append("| system | wall s | texts/s (wall) | × vaderSentiment | CPU s | texts/s (CPU) | × vaderSentiment |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    for system, (wall, cpu) in speeds.items():
        lines.append(
            f"| {system} | {wall:.3f} | {n / wall:,.0f} | {vader_wall / wall:.1f}× "
            f"| {cpu:.3f} | {n / cpu:,.0f} | {vader_cpu / cpu:.1f}× |"
        )
    table = "\n".join(lines)
    print("\n".join(lines[-(len(speeds) + 4):]))

    if args.append:
        cpu = platform.processor() or platform.machine()
        try:
            with open("/proc/cpuinfo") as handle:
                cpu = next(line.split(":", 1)[1].strip() for line in handle if line.startswith("model name"))
        except (OSError, StopIteration):
            pass
        command = "python3 evaluation/sentiment/run.py --bin " + os.path.relpath(binary, ROOT) + " --append"
        header = (
            f"\n## Sentiment (issue 4)\n\n"
            f"- Machine: {cpu}, {os.cpu_count()} cores shared with other jobs; {platform.system()} {platform.release()}\n"
            f"- Date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}\n"
            f"- Command: `{command}`\n"
            f"- Gold: human mean > 0.05 positive, < −0.05 negative; predicted: compound ≥ 0.05 / ≤ −0.05\n\n"
        )
        with open(os.path.join(ROOT, "evaluation", "RESULTS.md"), "a", encoding="utf-8") as handle:
            handle.write(header + table + "\n")
        print("appended to evaluation/RESULTS.md")


if __name__ == "__main__":
    main()
