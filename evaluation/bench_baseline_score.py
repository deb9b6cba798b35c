#!/usr/bin/env python3
"""Anchor scorers for the score benchmark, with the same contract as `verbatim score --jsonl`:
JSON Lines in (an object with "text"), JSON Lines out (the object plus a "sentiment" member).

Usage: bench_baseline_score.py vader|textblob|afinn INPUT.jsonl > OUTPUT.jsonl"""
import json
import sys


def make_scorer(system):
    if system == "vader":
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        analyzer = SentimentIntensityAnalyzer()
        return analyzer.polarity_scores
    if system == "textblob":
        from textblob import TextBlob

        def score(text):
            sentiment = TextBlob(text).sentiment
            return {"polarity": sentiment.polarity, "subjectivity": sentiment.subjectivity}

        return score
    if system == "afinn":
        from afinn import Afinn

        afinn = Afinn(emoticons=True)
        return lambda text: {"score": afinn.score(text)}
    sys.exit(f"unknown system {system!r}")


def main():
    score = make_scorer(sys.argv[1])
    write = sys.stdout.write
    with open(sys.argv[2], encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            record["sentiment"] = score(record["text"])
            write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
