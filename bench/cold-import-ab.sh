#!/usr/bin/env bash
# Issue 19, seventh session: the cold 10,000-row import of two builds, alternated in every round with the
# bare H2 insert (bench/cold/BareH2Insert.java), each a new process, so that a change is measured against
# the build before it under the same load. Prints per-run wall, CPU (user + system) and KiB written, the
# medians, and the ratios to the bare insert.
#
#   BEFORE="/tmp/old/bin/sikkerby-cli" AFTER="bin/sikkerby-cli" bench/cold-import-ab.sh [rounds]   (default 3)
#
# The synthetic appendix and the bare insert come from this worktree's target/sikkerby.jar (build it first:
# ./mvnw -o -B -q package -DskipTests). Databases are made with init (not timed) in a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
read -r -a before <<< "${BEFORE:?BEFORE: the command line of the build before}"
read -r -a after <<< "${AFTER:-bin/sikkerby-cli}"
work=$(mktemp -d /tmp/sikkerby-ab-XXXXXX)
trap 'rm -rf "$work"' EXIT
cp target/sikkerby.jar "$work/sikkerby.jar"
javac -nowarn -d "$work/bench" -cp "$work/sikkerby.jar" bench/cold/BareH2Insert.java bench/ImportBenchmark.java
base=(java -cp "$work/sikkerby.jar:$work/bench")
"${base[@]}" ImportBenchmark --write-appendix "$work/synthetic-10000.txt" 10000

source bench/cold/timing.sh

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "before: ${before[*]}"; echo "after:  ${after[*]}"
echo "load before: $(uptime)"
for ((r = 1; r <= rounds; r++)); do
  rm -rf "$work"/db-* "$work"/bare*
  "${before[@]}" --db "$work/db-before" init >/dev/null
  "${after[@]}" --db "$work/db-after" init >/dev/null
  run bare "${base[@]}" BareH2Insert "$work/bare"
  run before "${before[@]}" --db "$work/db-before" import "$work/synthetic-10000.txt"
  run after "${after[@]}" --db "$work/db-after" import "$work/synthetic-10000.txt"
done
echo "load after: $(uptime)"

echo
printf '| %-6s | %10s | %10s | %12s |\n' run "median ms" "median cpu" "KiB written"
printf '|---|---:|---:|---:|\n'
for name in bare before after; do
  printf '| %-6s | %10s | %10s | %12s |\n' "$name" "$(echo "${times[$name]}" | median)" \
    "$(echo "${cpu[$name]}" | median)" "$(echo "${written[$name]}" | median)"
done
for name in before after; do
  echo "$name / bare: wall $(ratio "${times[$name]}" "${times[bare]}")x, cpu $(ratio "${cpu[$name]}" "${cpu[bare]}")x," \
    "written $(ratio "${written[$name]}" "${written[bare]}")x"
done
