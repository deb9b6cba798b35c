"""Shared helpers for the sentiment evaluation scripts (run from the package root or anywhere)."""
import json
import os
import subprocess

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


def run_verbatim(binary, texts, extra_args):
    """Scores texts with `verbatim score --jsonl`; returns the parsed output objects in order."""
    payload = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts))
    result = subprocess.run(
        [binary, "score", "--jsonl", *extra_args], input=payload.encode("utf-8"), capture_output=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"verbatim score failed ({result.returncode}): {result.stderr.decode()[:500]}")
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
