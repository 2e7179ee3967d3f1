#!/usr/bin/env bash
# Issue 3: latency of saving one edit on a 2,000-initiative x 10-year file.
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(bench/classpath.sh)
exec java -cp "$cp" dk.sikkerby.indberetning.bench.SaveBenchmark "${1:-500}"
