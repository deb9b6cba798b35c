#!/usr/bin/env python3
"""The anchor: NLTK's TweetTokenizer over one text per line, counting tokens (what
`verbatim tokenize --summary` does). Prints JSON {"texts", "tokens", "bytes"}."""
import json
import sys

from nltk.tokenize import TweetTokenizer

tokenizer = TweetTokenizer()
texts = tokens = size = 0
with open(sys.argv[1], encoding="utf-8") as handle:
    for line in handle:
        line = line.rstrip("\n")
        texts += 1
        size += len(line.encode("utf-8"))
        tokens += len(tokenizer.tokenize(line))
print(json.dumps({"texts": texts, "tokens": tokens, "bytes": size}))
