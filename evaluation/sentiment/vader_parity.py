#!/usr/bin/env python3
"""Parity of `verbatim score --profile vader` with vaderSentiment 3.3.2's polarity_scores.

Scores the 23,703 sentences of ../shared/corpora/vader-groundtruth/*_GroundTruth.txt with both,
counts |compound difference| <= 0.001 (acceptance: >= 99%), and lists every remaining difference
with its text and both scores, so each can be given a cause in evaluation/sentiment/README.md.

Usage: python3 evaluation/sentiment/vader_parity.py --bin .build/debug/verbatim [--show 50]
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CORPORA, CORPORA_DIR, load_corpus, run_verbatim, vader_files  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=".build/release/verbatim", help="the verbatim executable")
    parser.add_argument("--show", type=int, default=50, help="differences to print (all are counted)")
    parser.add_argument("--tolerance", type=float, default=0.001)
    args = parser.parse_args()

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    lexicon, emoji = vader_files()
    analyzer = SentimentIntensityAnalyzer()
    total = 0
    within = 0
    label_mismatch = 0
    exact = 0
    differences = []
    for name, file_name in CORPORA:
        rows = load_corpus(os.path.join(CORPORA_DIR, file_name))
        texts = [text for _, _, text in rows]
        ours = run_verbatim(
            args.bin, texts, ["--profile", "vader", "--lexicon", lexicon, "--emoji-lexicon", emoji]
        )
        assert len(ours) == len(texts), f"{name}: {len(ours)} outputs for {len(texts)} inputs"
        corpus_within = 0
        for (item_id, _, text), out in zip(rows, ours):
            scores = analyzer.polarity_scores(text)
            reference = scores["compound"]
            mine = out["sentiment"]["compound"]
            if all(scores[key] == out["sentiment"][key] for key in ("compound", "pos", "neu", "neg")):
                exact += 1
            total += 1
            if abs(reference - mine) <= args.tolerance:
                within += 1
                corpus_within += 1
            else:
                differences.append((name, item_id, reference, mine, text))
            reference_label = "positive" if reference >= 0.05 else "negative" if reference <= -0.05 else "neutral"
            if reference_label != out["sentiment"]["label"]:
                label_mismatch += 1
        print(f"{name:8s} {corpus_within}/{len(rows)} within {args.tolerance} ({100.0 * corpus_within / len(rows):.2f}%)")
    share = 100.0 * within / total
    print(f"ALL      {within}/{total} within {args.tolerance} ({share:.3f}%); label mismatches: {label_mismatch}")
    print(f"         {exact}/{total} identical in all four of compound, pos, neu, neg")
    print(f"{len(differences)} difference(s):")
    for name, item_id, reference, mine, text in differences[: args.show]:
        print(f"  {name}:{item_id}\tvader={reference:+.4f}\tverbatim={mine:+.4f}\t{text[:160]!r}")
    return 0 if share >= 99.0 else 1


if __name__ == "__main__":
    sys.exit(main())
