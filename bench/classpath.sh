#!/usr/bin/env bash
# Prints the class path of the compiled app, its test classes (the benchmarks live there) and dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
echo "target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
