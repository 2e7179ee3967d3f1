#!/usr/bin/env bash
# Issue 15: the crash harness at full strength. Each write path of the real command line (first start /
# init, import, import-return, user-add, migration of an older file with data) runs in a child JVM and
# is SIGKILLed at a random moment, KILLS times (default 100); after each kill the file must open through
# every check, be consistent, and hold everything the child acknowledged. ./mvnw verify runs 10 a path.
# Prints one CRASH-HARNESS line per path for docs/benchmarks.md; note `uptime` beside the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-100}"
uptime
./mvnw -o -q test -Dtest=CrashHarnessTest -Dsurefire.failIfNoSpecifiedTests=false -Dsikkerby.crashKills="$kills" \
    | grep 'CRASH-HARNESS' || true
uptime
