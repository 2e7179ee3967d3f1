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
#   SIKKERBY_CLI="target/sikkerby-cli" bench/cold-commands.sh    # another way to start the command line
#
# By default the command line is started as the README says, java -jar target/sikkerby.jar.
# The databases are made with init (not timed) in a temporary folder, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
[ -f target/sikkerby.jar ] || ./mvnw -q -B -o package -DskipTests
read -r -a cli <<< "${SIKKERBY_CLI:-java -jar target/sikkerby.jar}"
mkdir -p target/bench-cold
javac -nowarn -d target/bench-cold -cp target/sikkerby.jar bench/cold/*.java bench/ImportBenchmark.java
base=(java -cp target/sikkerby.jar:target/bench-cold)
work=$(mktemp -d /tmp/sikkerby-cold-XXXXXX)
trap 'rm -rf "$work"' EXIT

"${base[@]}" ImportBenchmark --write-appendix "$work/synthetic-10000.txt" 10000
now() { date +%s%N; }
declare -A times
# run NAME COMMAND...: times one process, which must succeed; its output goes to $work/NAME.log
run() {
  local name=$1; shift
  local start end
  start=$(now)
  if ! "$@" >"$work/$name.log" 2>&1; then
    echo "$name failed:" >&2; cat "$work/$name.log" >&2; exit 1
  fi
  end=$(now)
  times[$name]+="$(( (end - start) / 1000000 )) "
}
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

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo
printf '| %-14s | %10s | %s |\n' "run" "median ms" "rounds (ms)"
printf '|%s|%s|%s|\n' "----------------" "------------" "---"
for name in years users import-2021 export-2021 import-10000 bare-h2 export-10000 bare-sxssf; do
  printf '| %-14s | %10s | %s |\n' "$name" "$(echo "${times[$name]}" | median)" "${times[$name]}"
done
ratio() { awk -v a="$(echo "${times[$1]}" | median)" -v b="$(echo "${times[$2]}" | median)" 'BEGIN {printf "%.2f", a / b}'; }
# the median of the per-round ratios too: each round's pair ran side by side under the same load
round_ratio() {
  paste -d' ' <(echo "${times[$1]}" | tr ' ' '\n' | grep .) <(echo "${times[$2]}" | tr ' ' '\n' | grep .) \
    | awk '{printf "%.3f ", $1 / $2}' | median
}
echo
echo "import-10000 / bare-h2:    $(ratio import-10000 bare-h2)x (medians), $(round_ratio import-10000 bare-h2)x (median of the rounds' ratios); target <= 2x"
echo "export-10000 / bare-sxssf: $(ratio export-10000 bare-sxssf)x (medians), $(round_ratio export-10000 bare-sxssf)x (median of the rounds' ratios); target <= 1.3x"
