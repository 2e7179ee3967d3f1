#!/bin/sh
# Issue 16's benchmark: the PDF and Word appendix of N initiatives (2000), each mode in a fresh JVM (cold),
# the app's modes with a heap of HEAP (256m, the issue's target), alternated with a bare openhtmltopdf / POI
# baseline with a heap of BARE_HEAP (1g: the bare render of 2,000 rows does not fit in 256m), for R rounds
# (3); the medians are taken by hand from the lines. Each round also runs the PDF as the command line's
# launcher starts the JVM (bin/sikkerby-cli: C1 only, the serial collector, no -Xmx; decision 1900), the
# figure users get, printed as "cli-jvm pdf: ..." (CLI_EXTRA adds JVM options to that run only, to try one;
# MODES="bare-pdf cli-pdf" runs only those modes in each round).
# Figures in docs/benchmarks.md.
set -e
cd "$(dirname "$0")/.."
N=${1:-2000}
ROUNDS=${2:-3}
HEAP=${HEAP:-256m}
BARE_HEAP=${BARE_HEAP:-1g}
./mvnw -q -B -o compile 2>/dev/null || ./mvnw -q -B compile
./mvnw -q -B -o org.apache.maven.plugins:maven-dependency-plugin:2.8:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt >/dev/null 2>&1 \
  || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/classes:$(cat target/bench-classpath.txt)"
OUT=target/bench/documents
rm -rf "$OUT" && mkdir -p "$OUT"
javac -d target/bench -cp "$CP" bench/DocumentExportBenchmark.java
run() { java -Xmx$HEAP -cp "target/bench:$CP" DocumentExportBenchmark "$@"; }
bare() { java -Xmx$BARE_HEAP -cp "target/bench:$CP" DocumentExportBenchmark "$@"; }
# the launcher's flags (bin/sikkerby-cli), huge pages too where the kernel offers them (decision 1912)
THP=
grep -qs '\[always\]\|\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled && THP=-XX:+UseTransparentHugePages
cli() { java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -XX:MetaspaceSize=64m $THP ${CLI_EXTRA:-} -cp "target/bench:$CP" DocumentExportBenchmark "$@" | sed 's/^pdf:/cli-jvm pdf:/; s/^  pdf threads:/  cli-jvm pdf threads:/'; }
echo "uptime: $(uptime)"
run fill "$OUT/bench" "$N" | grep -v "^\[" || true
i=1
while [ "$i" -le "$ROUNDS" ]; do
  for mode in ${MODES:-bare-pdf pdf cli-pdf bare-docx docx}; do
    ext=${mode#*-}
    case $mode in
      bare-*) bare "$mode" "$OUT/bench" "$OUT/$mode.$ext" ;;
      cli-pdf) cli pdf "$OUT/bench" "$OUT/$mode.pdf" ;;
      *) run "$mode" "$OUT/bench" "$OUT/$mode.$ext" ;;
    esac
    echo "  (round $i, $(uptime | sed 's/.*load/load/'))"
  done
  i=$((i + 1))
done
echo "uptime: $(uptime)"
