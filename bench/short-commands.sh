#!/usr/bin/env bash
# Issue 19: the short commands as users run them, cold, each a new process: years, users, check, history
# and --version (read-only, target < 0.8 s), an import of the 2021 example into a new file and an export
# of 2021 to xlsx (target < 1.5 s). Every round alternates them with a bare JVM with the same flags that
# prints a line and ends (bench/cold/Hello.java), so the machine's own start-up cost and load are in the
# same run. Prints medians of the wall clock and of the CPU time (user + system, /usr/bin/time), and the
# load (uptime) before and after: on a machine shared with other builds the CPU time is the steadier figure.
#
#   bench/short-commands.sh [rounds]                   (default 5; bin/sikkerby-cli of this build)
#   SIKKERBY_CLI="java -jar target/sikkerby.jar" bench/short-commands.sh 3
#   ONLY="years users" bench/short-commands.sh 5       # only those runs (names as in the table)
#
# The databases are made with init (not timed) in a temporary folder, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
[ -f target/sikkerby.jar ] || ./mvnw -q -B -o package -DskipTests
work=$(mktemp -d /tmp/sikkerby-short-XXXXXX)
trap 'rm -rf "$work"' EXIT
read -r -a cli <<< "${SIKKERBY_CLI:-bin/sikkerby-cli}"
javac -nowarn -d "$work/bench" bench/cold/Hello.java
# the launcher's JVM flags without its archive: the JDK's own archive, C1 only, the serial collector, no
# performance-data file, huge pages where the kernel offers them (BARE_FLAGS to compare with other flags,
# e.g. the seventh session's without -XX:-UsePerfData)
thp=
grep -qs '\[always\]\|\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled && thp=-XX:+UseTransparentHugePages
read -r -a bare_flags <<< "${BARE_FLAGS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -XX:MetaspaceSize=64m $thp}"
bare=(java "${bare_flags[@]}" -cp "$work/bench" Hello)
names=(bare years users check history version import-2021 export-2021)
[ -n "${ONLY:-}" ] && read -r -a names <<< "bare $ONLY"

declare -A times cpu
run() {
  local name=$1; shift
  if ! /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >"$work/$name.log" 2>&1; then
    echo "$name failed:" >&2; cat "$work/$name.log" >&2; exit 1
  fi
  read -r wall user sys < <(tail -1 "$work/time")
  local ms cpums
  ms=$(awk -v w="$wall" 'BEGIN {printf "%d", w * 1000}')
  cpums=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')
  times[$name]+="$ms "
  cpu[$name]+="$cpums "
}
one() {
  case $1 in
    bare) run bare "${bare[@]}" ;;
    years) run years "${cli[@]}" --db "$work/y2021" years ;;
    users) run users "${cli[@]}" --db "$work/y2021" users ;;
    check) run check "${cli[@]}" --db "$work/y2021" check ;;
    history) run history "${cli[@]}" --db "$work/y2021" history --initiative 1 ;;
    version) run version "${cli[@]}" --version ;;
    import-2021) rm -rf "$work"/small*; "${cli[@]}" --db "$work/small" init >/dev/null
      run import-2021 "${cli[@]}" --db "$work/small" import --example 2021 ;;
    export-2021) rm -f "$work/y2021.xlsx"
      run export-2021 "${cli[@]}" --db "$work/y2021" export --year 2021 --out "$work/y2021.xlsx" ;;
    *) echo "unknown run: $1" >&2; exit 2 ;;
  esac
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC'), $(git rev-parse --short HEAD)"
echo "command line: ${cli[*]}"
echo "load before: $(uptime)"
"${cli[@]}" --db "$work/y2021" init >/dev/null
"${cli[@]}" --db "$work/y2021" import --example 2021 >/dev/null
for ((r = 1; r <= rounds; r++)); do
  for name in "${names[@]}"; do
    [ "$name" = bare ] || one bare
    one "$name"
  done
  echo "round $r done, load $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "load after: $(uptime)"

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo
printf '| %-12s | %10s | %10s | %s |\n' "run" "median ms" "median cpu" "rounds: wall ms / cpu ms"
printf "|---|---:|---:|---|\n"
for name in "${names[@]}"; do
  printf '| %-12s | %10s | %10s | %s / %s|\n' "$name" "$(echo "${times[$name]}" | median)" \
    "$(echo "${cpu[$name]}" | median)" "${times[$name]}" "${cpu[$name]}"
done
