#!/usr/bin/env bash
# Issue 18: the grid on 2,000 initiatives (open, scroll end to end) and saving 500 changed rows at once.
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(bench/classpath.sh)
exec java -Xmx1g -cp "$cp" dk.sikkerby.indberetning.bench.GridBenchmark
