#!/usr/bin/env bash
# `make spark-check`: runs Verbatim on Apache Spark (local[2], loopback only) and checks it against
# one process. Creates evaluation/spark/.venv with pyspark from PyPI (~400 MB download, once),
# generates a million-verbatim corpus into evaluation/spark/data/ (git-ignored, reused between runs),
# then runs job.py. Needs Java 17 or later and the release binary (`make release`).
# Extra arguments go to job.py, e.g. `bash evaluation/spark/run.sh --count 100000`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$here/.venv"
pyspark_version="4.3.0"
binary="$root/.build/release/verbatim"

if [ ! -x "$binary" ]; then
  echo "spark-check: $binary is missing; run \`make release\` (or \`swift build -c release --product verbatim\`)" >&2
  exit 2
fi
if ! command -v java >/dev/null 2>&1; then
  echo "spark-check: no java on PATH; Spark $pyspark_version needs Java 17 or later (apt-get install openjdk-17-jre-headless)" >&2
  exit 2
fi
java_major="$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
if [ -z "$java_major" ] || [ "$java_major" -lt 17 ]; then
  echo "spark-check: Spark $pyspark_version needs Java 17 or later; found: $(java -version 2>&1 | head -n 1)" >&2
  exit 2
fi

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$pyspark_version')" 2>/dev/null; then
  echo "spark-check: installing pyspark==$pyspark_version into $venv (about 400 MB)" >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "pyspark==$pyspark_version"
fi

# Keep every Spark socket on loopback; the driver and the Python workers use the venv's Python.
export SPARK_LOCAL_IP=127.0.0.1
export PYSPARK_PYTHON="$venv/bin/python"
export PYSPARK_DRIVER_PYTHON="$venv/bin/python"
export PYTHONHASHSEED=0
cd "$root"
exec "$venv/bin/python" "$here/job.py" --verbatim "$binary" --master "local[2]" "$@"
