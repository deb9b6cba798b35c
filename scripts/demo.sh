#!/usr/bin/env bash
# The main job on data the repository ships.
set -euo pipefail
bin=.build/release/verbatim
echo "== verbatim tokenize: the first three verbatims of corpora/sample-verbatims.txt"
head -n 3 corpora/sample-verbatims.txt | "$bin" tokenize | head -c 600
echo
echo "== token kinds over the whole sample"
"$bin" tokenize corpora/sample-verbatims.txt | python3 -c '
import collections, json, sys
kinds = collections.Counter(t["kind"] for line in sys.stdin for t in json.loads(line)["tokens"])
print("  ".join(f"{k}={v}" for k, v in kinds.most_common()))' 2>/dev/null || "$bin" tokenize corpora/sample-verbatims.txt | wc -l
