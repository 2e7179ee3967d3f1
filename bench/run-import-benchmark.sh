#!/bin/sh
# Issue 4's benchmark: builds the app, compiles bench/ImportBenchmark.java against it and runs it with
# a 256 MB heap. Arguments (optional): number of initiatives (10000), rounds (3).
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B -o compile 2>/dev/null || ./mvnw -q -B compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null 2>&1 \
  || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench
javac -d target/bench -cp "$CP" bench/ImportBenchmark.java
exec java -Xmx256m -cp "target/bench:$CP" ImportBenchmark "$@"
