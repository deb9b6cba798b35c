#!/usr/bin/env bash
# Regenerates docs/report.png (the README's picture of the validation report): runs the demo into
# a temporary folder and screenshots the top of its report.html with headless Chromium
# (apt-get install chromium). Usage: bash scripts/report-screenshot.sh [WIDTH]
set -euo pipefail
width=${1:-1200}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "report-screenshot: needs Chromium (apt-get install chromium)" >&2
  exit 69
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
DEMO_OUT="$out/demo" bash scripts/demo.sh > /dev/null 2>&1 || true
test -f "$out/demo/report.html" || { echo "report-screenshot: the demo wrote no report" >&2; exit 1; }
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$width,1400" \
  --screenshot="$out/report.png" "file://$out/demo/report.html" > /dev/null 2>&1
cp "$out/report.png" docs/report.png
echo "docs/report.png: ${width} px wide, from the demo's report.html"
