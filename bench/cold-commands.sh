#!/usr/bin/env bash
# Issue 19: the commands as users run them, cold: every run a new process, nothing compiled or loaded
# beforehand. Each round runs, in this order and alternating with the bare baselines of the same work
# (bench/cold/*.java, plain JDBC into H2 and bare POI SXSSF, each also in a new process):
#   bare H2 batch insert of 10,000 rows  |  import of 10,000 initiatives with 500-character notes
#   bare SXSSF write of 10,000 x 5       |  export of those 10,000 to xlsx
#   years on the 2021 database, users, import of the 2021 appendix into a new file, export of 2021 to xlsx
# and prints the medians, the ratios to the baselines, and the load (uptime) before and after.
#
#   bench/cold-commands.sh [rounds]          (default 5)
#   SIKKERBY_CLI="bin/sikkerby-cli" bench/cold-commands.sh    # another way to start the command line
#   SIKKERBY_JAR=/tmp/old/sikkerby.jar bench/cold-commands.sh  # another build's jar (java -jar JAR)
#
# By default the command line is started as the README says, java -jar target/sikkerby.jar, from a copy of
# the jar taken at the start (a build during the run cannot change it); the baselines run from that copy too.
# The databases are made with init (not timed) in a temporary folder, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
[ -f target/sikkerby.jar ] || ./mvnw -q -B -o package -DskipTests
work=$(mktemp -d /tmp/sikkerby-cold-XXXXXX)
trap 'rm -rf "$work"' EXIT
cp "${SIKKERBY_JAR:-target/sikkerby.jar}" "$work/sikkerby.jar"
read -r -a cli <<< "${SIKKERBY_CLI:-java -jar $work/sikkerby.jar}"
javac -nowarn -d "$work/bench" -cp "$work/sikkerby.jar" bench/cold/*.java bench/ImportBenchmark.java
base=(java -cp "$work/sikkerby.jar:$work/bench")

"${base[@]}" ImportBenchmark --write-appendix "$work/synthetic-10000.txt" 10000
source bench/cold/timing.sh
fresh() { rm -rf "$work/$1"*; "${cli[@]}" --db "$work/$1" init >/dev/null; }

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "command line: ${cli[*]}"
echo "load before: $(uptime)"
fresh y2021
"${cli[@]}" --db "$work/y2021" import --example 2021 >/dev/null
for ((r = 1; r <= rounds; r++)); do
  fresh big; fresh small; rm -f "$work"/*.xlsx
  run bare-h2 "${base[@]}" BareH2Insert "$work/bare"
  run import-10000 "${cli[@]}" --db "$work/big" import "$work/synthetic-10000.txt"
  run bare-sxssf "${base[@]}" BareSxssfWrite "$work/bare.xlsx"
  run export-10000 "${cli[@]}" --db "$work/big" export --year 2021 --out "$work/big.xlsx"
  run years "${cli[@]}" --db "$work/y2021" years
  run users "${cli[@]}" --db "$work/y2021" users
  run import-2021 "${cli[@]}" --db "$work/small" import --example 2021
  run export-2021 "${cli[@]}" --db "$work/y2021" export --year 2021 --out "$work/y2021.xlsx"
  echo "round $r done, load $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "load after: $(uptime)"

echo
printf '| %-14s | %10s | %10s | %12s | %s |\n' "run" "median ms" "median cpu" "KiB written" "rounds, wall ms"
printf "|---|---:|---:|---:|---|\n"
for name in years users import-2021 export-2021 import-10000 bare-h2 export-10000 bare-sxssf; do
  printf '| %-14s | %10s | %10s | %12s | %s |\n' "$name" "$(echo "${times[$name]}" | median)" \
    "$(echo "${cpu[$name]}" | median)" "$(echo "${written[$name]}" | median)" "${times[$name]}"
done
# the median of the per-round ratios too: each round's pair ran side by side under the same load
round_ratio() {
  paste -d' ' <(echo "$1" | tr ' ' '\n' | grep .) <(echo "$2" | tr ' ' '\n' | grep .) \
    | awk '{printf "%.3f ", $1 / $2}' | median
}
echo
for pair in "import-10000 bare-h2 2" "export-10000 bare-sxssf 1.3"; do
  read -r a b target <<< "$pair"
  echo "$a / $b: wall $(ratio "${times[$a]}" "${times[$b]}")x (medians), $(round_ratio "${times[$a]}" "${times[$b]}")x" \
    "(median of the rounds' ratios); cpu $(ratio "${cpu[$a]}" "${cpu[$b]}")x; target <= ${target}x"
done
