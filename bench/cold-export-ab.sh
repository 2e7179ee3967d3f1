#!/usr/bin/env bash
# Issue 19, eighth session: the cold export of two builds, alternated in every round with the bare POI SXSSF
# write of 10,000 x 5 (bench/cold/BareSxssfWrite.java), each a new process, so that a change is measured against
# the build before it under the same load. Per round: bare SXSSF | export of 10,000 initiatives (two ~500-character
# notes each) before | after | export of the 2021 appendix (25 initiatives) before | after. Prints per-run wall,
# CPU (user + system) and KiB written with the load, the medians, and the ratios to the bare write.
#
#   BEFORE="/tmp/old/bin/sikkerby-cli" AFTER="bin/sikkerby-cli" bench/cold-export-ab.sh [rounds]   (default 3)
#
# The synthetic appendix and the bare write come from this worktree's target/sikkerby.jar (build it first:
# ./mvnw -o -B -q package -DskipTests). The databases are made once with the AFTER build (init, imports; not
# timed) and copied for every run, so both builds read the same file.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
read -r -a before <<< "${BEFORE:?BEFORE: the command line of the build before}"
read -r -a after <<< "${AFTER:-bin/sikkerby-cli}"
work=$(mktemp -d /tmp/sikkerby-export-ab-XXXXXX)
trap 'rm -rf "$work"' EXIT
cp target/sikkerby.jar "$work/sikkerby.jar"
javac -nowarn -d "$work/bench" -cp "$work/sikkerby.jar" bench/cold/*.java bench/ImportBenchmark.java
base=(java -cp "$work/sikkerby.jar:$work/bench")
"${base[@]}" ImportBenchmark --write-appendix "$work/synthetic-10000.txt" 10000
"${after[@]}" --db "$work/big" init >/dev/null
"${after[@]}" --db "$work/big" import "$work/synthetic-10000.txt" >/dev/null
"${after[@]}" --db "$work/y2021" init >/dev/null
"${after[@]}" --db "$work/y2021" import --example 2021 >/dev/null

source bench/cold/timing.sh
# export NAME CLI DB: one cold export of DB's 2021 from a fresh copy of the database
export_run() {
  local name=$1 db=$3; read -r -a cli <<< "$2"
  rm -rf "$work/run"* "$work"/*.xlsx; cp "$work/$db.mv.db" "$work/run.mv.db"
  run "$name" "${cli[@]}" --db "$work/run" export --year 2021 --out "$work/$name.xlsx"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "before: ${before[*]}"; echo "after:  ${after[*]}"
echo "load before: $(uptime)"
for ((r = 1; r <= rounds; r++)); do
  rm -f "$work"/bare.xlsx
  run bare-sxssf "${base[@]}" BareSxssfWrite "$work/bare.xlsx"
  export_run export-10000-before "${before[*]}" big
  export_run export-10000-after "${after[*]}" big
  export_run export-2021-before "${before[*]}" y2021
  export_run export-2021-after "${after[*]}" y2021
done
echo "load after: $(uptime)"

echo
printf '| %-19s | %10s | %10s | %12s | %s |\n' run "median ms" "median cpu" "KiB written" "rounds, wall ms"
printf '|---|---:|---:|---:|---|\n'
for name in bare-sxssf export-10000-before export-10000-after export-2021-before export-2021-after; do
  printf '| %-19s | %10s | %10s | %12s | %s |\n' "$name" "$(echo "${times[$name]}" | median)" \
    "$(echo "${cpu[$name]}" | median)" "$(echo "${written[$name]}" | median)" "${times[$name]}"
done
for name in export-10000-before export-10000-after; do
  echo "$name / bare: wall $(ratio "${times[$name]}" "${times[bare-sxssf]}")x, cpu $(ratio "${cpu[$name]}" "${cpu[bare-sxssf]}")x," \
    "written $(ratio "${written[$name]}" "${written[bare-sxssf]}")x"
done
