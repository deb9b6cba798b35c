#!/usr/bin/env bash
# make bench: every benchmark in one run, on the same data, with one combined table.
#
#   1. evaluation/bench_combined.py — score (vs vaderSentiment 3.3.2, TextBlob, AFINN), tokenize (vs
#      NLTK TweetTokenizer) and code, 1 and 2 threads, whole process, wall/CPU time and peak RSS.
#   2. evaluation/tokenize/bench.py — the tokenizer benchmark (VADER corpora + a generated corpus).
#   3. evaluation/{agreement,import,taxonomy}/ benchmarks, each when present (skipped with a message
#      otherwise). BENCH_IMPORT_MB sets the size of the generated survey exports (default 1024, the
#      issue's 1 GB; generated once into evaluation/data, about 80 s each; BENCH_IMPORT_MB=100 for a
#      quicker run).
#   4. evaluation/pipeline/scale.py — `verbatim code` on the 100 MB and the BENCH_IMPORT_MB exports:
#      throughput and peak RSS side by side (issue 8: "RSS flat in input size").
#   5. evaluation/pipeline/long_lines.py — tokenize, score and tag on one line of 1, 2 and 4 MB in
#      four shapes: seconds and peak RSS, flagged when time grows faster than linearly.
#
# The combined output is printed and written to evaluation/RESULTS.md under the heading
# "## Combined benchmark (make bench)" (that section is replaced on re-run; the others are kept).
# Environment: VERBATIM_BIN (default .build/release/verbatim), BENCH_REPEAT (default 3).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bin="${VERBATIM_BIN:-.build/release/verbatim}"
repeat="${BENCH_REPEAT:-3}"
import_mb="${BENCH_IMPORT_MB:-1024}"
results="evaluation/RESULTS.md"
heading="## Combined benchmark (make bench)"

if [ ! -x "$bin" ]; then
  echo "bench.sh: $bin not found; building it (make release)" >&2
  swift build -c release --static-swift-stdlib --product verbatim --experimental-lto-mode=full >&2
fi
if [ ! -d ../shared/corpora/vader-groundtruth ]; then
  echo "bench.sh: ../shared/corpora/vader-groundtruth is missing; the benchmarks need it" >&2
  exit 66
fi
if [ ! -x /usr/bin/time ]; then
  echo "bench.sh: /usr/bin/time is missing; installing the Debian package 'time'" >&2
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq time >&2
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq time >&2
  fi
fi
python3 - <<'EOF' || python3 -m pip install -q vaderSentiment==3.3.2 textblob afinn nltk lxml >&2
import afinn, lxml, nltk, textblob, vaderSentiment  # noqa: F401
EOF

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
machine="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, $(uname -sr)"
started="$(date -u '+%Y-%m-%d %H:%M UTC')"

section() {  # title, then the command's output into the report
  local title="$1"
  shift
  echo
  echo "=== $title" >&2
  {
    echo
    echo "### $title"
    echo
    echo "Command: \`$*\`"
    echo
  } >> "$work/report.md"
  # Progress (stderr) shows as it happens; the result (stdout) goes to the screen and the report.
  if "$@" > "$work/out.txt"; then
    cat "$work/out.txt"
    cat "$work/out.txt" >> "$work/report.md"
  else
    local status=$?
    cat "$work/out.txt" >&2
    echo "(failed with exit status $status; see the output of make bench)" >> "$work/report.md"
  fi
}

skip() {
  echo
  echo "=== $1: skipped ($2)" >&2
  printf '\n### %s\n\nSkipped: %s.\n' "$1" "$2" >> "$work/report.md"
}

: > "$work/report.md"
section "Throughput: score, tokenize, code vs anchors" \
  python3 evaluation/bench_combined.py --bin "$bin" --repeat "$repeat"
section "Tokenizer (issue 2)" python3 evaluation/tokenize/bench.py --bin "$bin" --repeat "$repeat"

if [ -f evaluation/agreement/benchmark.py ]; then
  section "Agreement (issue 3)" python3 evaluation/agreement/benchmark.py --verbatim "$bin"
else
  skip "Agreement" "evaluation/agreement/benchmark.py is not in this tree"
fi

if [ -f evaluation/import/bench.py ] && [ -f evaluation/import/generate.py ]; then
  if [ ! -f "evaluation/data/qualtrics-${import_mb}mb.xml" ] || [ ! -f "evaluation/data/limesurvey-${import_mb}mb.lsr" ]; then
    echo "bench.sh: generating ${import_mb} MB survey exports" >&2
    python3 evaluation/import/generate.py --mb "$import_mb" --out evaluation/data >&2
  fi
  section "Import vs lxml iterparse (${import_mb} MB exports)" \
    python3 evaluation/import/bench.py --mb "$import_mb" --data evaluation/data --verbatim "$bin"
else
  skip "Import" "evaluation/import/bench.py is not in this tree"
fi

if [ "$import_mb" = 100 ]; then scale_sizes=100; else scale_sizes="100,$import_mb"; fi
section "code on generated exports: throughput and peak RSS by input size" \
  python3 evaluation/pipeline/scale.py --bin "$bin" --data evaluation/data --sizes "$scale_sizes"

section "One long line: time and peak RSS by size (growth exponent 1.0 = linear)" \
  python3 evaluation/pipeline/long_lines.py --bin "$bin"

if [ -f evaluation/taxonomy/bench.sh ]; then
  section "Taxonomy tagging" bash evaluation/taxonomy/bench.sh
else
  skip "Taxonomy" "evaluation/taxonomy/bench.sh is not in this tree"
fi

{
  echo "$heading"
  echo
  echo "- Machine: $machine (shared with other jobs: figures vary between runs; CPU time is the steadier one)"
  echo "- Date: $started"
  echo "- Command: \`make bench\` (= \`bash evaluation/bench.sh\` after a release build)"
  cat "$work/report.md"
} > "$work/section.md"

touch "$results"
python3 - "$results" "$work/section.md" "$heading" <<'EOF'
import sys
path, section_path, heading = sys.argv[1:]
text = open(path, encoding="utf-8").read()
section = open(section_path, encoding="utf-8").read().rstrip("\n") + "\n"
lines = text.split("\n")
start = next((i for i, line in enumerate(lines) if line.strip() == heading), None)
if start is None:
    text = text.rstrip("\n") + ("\n\n" if text.strip() else "") + section
else:
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    before = "\n".join(lines[:start]).rstrip("\n")
    after = "\n".join(lines[end:]).lstrip("\n")
    text = (before + "\n\n" if before else "") + section + ("\n" + after if after else "")
open(path, "w", encoding="utf-8").write(text)
EOF
echo
echo "bench.sh: wrote the section \"$heading\" of $results" >&2
