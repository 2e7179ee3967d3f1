#!/usr/bin/env bash
# Issue 18: saving 500 changed grid rows, cold and whole-process, alternated with a bare baseline (a plain JDBC
# batch UPDATE of the same 500 rows on the same H2 file, in a fresh JVM). Each round copies a prepared
# 2,000-initiative x 10-year file, so every process starts on the same data. Prints each process's wall time
# and its save time, then the medians. Arguments: [rounds=7] [warm rounds=0: also the save repeated in one JVM].
# BEFORE=/path/to/another/checkout (built with test-compile) also runs that build's save in each round, for an
# A/B comparison at the same load.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
warm=${2:-0}
cp=$(bench/classpath.sh)
deps=$(cat target/bench-classpath.txt)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jvm=(-Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true)
main=dk.sikkerby.indberetning.bench.GridSaveBenchmark
java "${jvm[@]}" -cp "$cp" $main prepare "$work/template" >/dev/null
echo "load before: $(uptime)"
run() { # classpath mode -> "wall_ms save_ms"
  rm -rf "$work"/round.* "$work"/round-backups; cp "$work/template.mv.db" "$work/round.mv.db"
  local start end out
  start=$(date +%s%N)
  out=$(java "${jvm[@]}" -cp "$1" $main "$2" "$work/round" 2>/dev/null)
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) ${out#save_ms=}"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: > "$work/bare"; : > "$work/app"; : > "$work/before"
for ((i = 1; i <= rounds; i++)); do
  b=$(run "$cp" bare); a=$(run "$cp" app)
  line="round $i: bare wall/save ms $b | app wall/save ms $a"
  if [[ -n "${BEFORE:-}" ]]; then
    o=$(run "$BEFORE/target/classes:$BEFORE/target/test-classes:$deps" app)
    line="$line | before wall/save ms $o"
    echo "$o" >> "$work/before"
  fi
  echo "$line"
  echo "$b" >> "$work/bare"; echo "$a" >> "$work/app"
done
echo "load after: $(uptime)"
echo "median bare: wall $(cut -d' ' -f1 "$work/bare" | median) ms, save $(cut -d' ' -f2 "$work/bare" | median) ms"
echo "median app:  wall $(cut -d' ' -f1 "$work/app" | median) ms, save $(cut -d' ' -f2 "$work/app" | median) ms"
if [[ -n "${BEFORE:-}" ]]; then
  echo "median before: wall $(cut -d' ' -f1 "$work/before" | median) ms, save $(cut -d' ' -f2 "$work/before" | median) ms"
fi
if ((warm > 0)); then
  rm -rf "$work"/round.* "$work"/round-backups; cp "$work/template.mv.db" "$work/round.mv.db"
  java "${jvm[@]}" -cp "$cp" $main warm "$work/round" "$warm" 2>/dev/null
  if [[ -n "${BEFORE:-}" ]]; then
    rm -rf "$work"/round.* "$work"/round-backups; cp "$work/template.mv.db" "$work/round.mv.db"
    echo -n "before: "
    java "${jvm[@]}" -cp "$BEFORE/target/classes:$BEFORE/target/test-classes:$deps" $main warm "$work/round" "$warm" 2>/dev/null
  fi
fi
