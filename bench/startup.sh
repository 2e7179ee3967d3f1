#!/usr/bin/env bash
# Issue 3: start to main window with a year, app vs a minimal JavaFX window, side by side (needs Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(bench/classpath.sh)
exec xvfb-run -a -s "-screen 0 1600x1000x24" java -cp "$cp" dk.sikkerby.indberetning.bench.StartupBenchmark "${1:-7}"
