#!/usr/bin/env bash
# Tagging throughput benchmark (single thread = per core), release build.
# Usage: evaluation/taxonomy/bench.sh [CORPUS] [REPEATS]
# Default corpus: the Amazon review snippets of the VADER ground truth (Hutto & Gilbert 2014), read
# from ../shared (not committed to this repository).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
corpus="${1:-$root/../shared/corpora/vader-groundtruth/amazonReviewSnippets_GroundTruth.txt}"
repeats="${2:-5}"
if [ ! -f "$corpus" ]; then
  echo "bench.sh: corpus not found: $corpus" >&2
  exit 66
fi
# The bench package depends on the project by path; its build folder can keep a stale view of the
# project's sources after they change (new files go unseen), so a failed build is retried clean.
if ! swift build -c release --package-path "$here/Bench" >&2; then
  echo "bench.sh: build failed; cleaning the bench package's build folder and retrying" >&2
  rm -rf "$here/Bench/.build"
  swift build -c release --package-path "$here/Bench" >&2
fi
echo "machine: $(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); swift: $(swift --version 2>/dev/null | head -1)"
echo "command: evaluation/taxonomy/bench.sh $(basename "$corpus") $repeats"
"$here/Bench/.build/release/TaxonomyBench" "$corpus" --repeat "$repeats"
