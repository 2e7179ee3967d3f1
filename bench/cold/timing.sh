# Sourced by the cold benchmarks (bench/cold-commands.sh, cold-import-ab.sh, cold-export-ab.sh): what they
# share to time one whole process and to sum the rounds up. The caller sets $work (a temporary folder).
#
# run NAME COMMAND...: times one process, which must succeed (its output goes to $work/NAME.log): the wall
# clock; the CPU time (user + system, which other work on a shared machine disturbs less); and the file
# system's output in 512-byte blocks, shown in KiB (which the load does not change at all). Each figure is
# added to times[NAME], cpu[NAME] and written[NAME], and printed on a line with the one-minute load.
declare -A times cpu written
run() {
  local name=$1; shift
  if ! /usr/bin/time -f '%e %U %S %O' -o "$work/time" "$@" >"$work/$name.log" 2>&1; then
    echo "$name failed:" >&2; cat "$work/$name.log" >&2; exit 1
  fi
  read -r wall user sys blocks < <(tail -1 "$work/time")
  local ms cpums
  ms=$(awk -v w="$wall" 'BEGIN {printf "%d", w * 1000}')
  cpums=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')
  times[$name]+="$ms "; cpu[$name]+="$cpums "; written[$name]+="$((blocks / 2)) "
  printf '  %-14s %6d ms wall %6d ms cpu %7d KiB written   load %s\n' "$name" "$ms" "$cpums" "$((blocks / 2))" \
    "$(cut -d' ' -f1 /proc/loadavg)"
}
# median: the median of the numbers on standard input, separated by spaces or lines
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# ratio A B: the median of the figures A over the median of the figures B
ratio() { awk -v a="$(echo "$1" | median)" -v b="$(echo "$2" | median)" 'BEGIN {printf "%.2f", a / b}'; }
