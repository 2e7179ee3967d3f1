#!/usr/bin/env bash
# Issue 17: one initiative's history and the departments' overview chart on 2,000 initiatives x 10 years x 5 criteria.
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(bench/classpath.sh)
exec java -cp "$cp" dk.sikkerby.indberetning.bench.HistoryBenchmark "${1:-200}"
