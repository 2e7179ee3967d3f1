#!/usr/bin/env bash
# Issue 20: does the whole suite pass every time? Runs the README's test command (./mvnw -B verify)
# RUNS times in a row (default 5), each time in a fresh clone of the committed HEAD that has nothing
# beside it (as .ci/run does). With --load, a second full build (another clone's verify) runs beside
# each run, as on a shared build machine. Prints one line per run and exits 1 if any run failed; the
# logs stay in the folder it names.
#
#   bench/repeat-verify.sh            # five runs in a row
#   bench/repeat-verify.sh 1 --load   # one run with another build beside it
#   add --offline to use only ~/.m2; VERIFY_ARGS="-q validate" tries the script itself in seconds
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
load=false
offline=()
for arg in "$@"; do
  case "$arg" in
    --load) load=true ;;
    --offline|-o) offline=(-o) ;;
    [0-9]*) runs=$arg ;;
    *) echo "usage: bench/repeat-verify.sh [RUNS] [--load] [--offline]" >&2; exit 2 ;;
  esac
done
read -r -a goals <<< "${VERIFY_ARGS:-verify}"

logs=$(mktemp -d /tmp/repeat-verify-logs-XXXXXX)
alone=$(mktemp -d /tmp/repeat-verify-XXXXXX)      # the clone under test, alone in its folder
beside=$(mktemp -d /tmp/repeat-verify-load-XXXXXX) # the load build's clone, elsewhere
load_pid=
cleanup() {
  if [ -n "$load_pid" ] && kill -0 "$load_pid" 2>/dev/null; then
    kill -- -"$load_pid" 2>/dev/null || true
  fi
  rm -rf "$alone" "$beside"
}
trap cleanup EXIT

git clone -q "$PWD" "$alone/sikkerby"
if $load; then
  git clone -q "$PWD" "$beside/sikkerby"
fi
echo "HEAD $(git rev-parse --short HEAD), $runs run(s)$($load && echo ', each with a second build beside it'); logs in $logs"

failed=0
for i in $(seq 1 "$runs"); do
  git -C "$alone/sikkerby" clean -xdfq
  if $load; then
    git -C "$beside/sikkerby" clean -xdfq
    setsid bash -c 'cd "$1" && shift && exec ./mvnw -B "$@"' _ "$beside/sikkerby" "${offline[@]}" "${goals[@]}" \
      > "$logs/load-$i.log" 2>&1 &
    load_pid=$!
  fi
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  start=$(date +%s)
  if (cd "$alone/sikkerby" && ./mvnw -B "${offline[@]}" "${goals[@]}") > "$logs/run-$i.log" 2>&1; then
    result=PASS
  else
    result=FAIL
    failed=1
  fi
  seconds=$(( $(date +%s) - start ))
  after=$(cut -d' ' -f1-3 /proc/loadavg)
  tests=$(grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures' "$logs/run-$i.log" | tail -1 | sed 's/^\[[A-Z]*\] //' || true)
  echo "run $i: $result in ${seconds} s; load average before $before, after $after; ${tests:-no test summary}"
  if [ -n "$load_pid" ]; then
    wait "$load_pid" && echo "       the build beside it: passed" || echo "       the build beside it: failed (see load-$i.log)"
    load_pid=
  fi
done
exit $failed
