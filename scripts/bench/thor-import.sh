#!/usr/bin/env bash
# Benchmark of the THOR import (docs/bombing-records.md): writes a synthetic THOR-format file of ROWS rows
# (3 % bad) and imports it into a fresh embedded H2 database with the server's `thor import` command mode,
# the path `./homecoming thor import` takes; prints the time, the rate and the counts. Not a test.
#
# Usage: scripts/bench/thor-import.sh [ROWS]        (default 4800000, the size of the real Vietnam file)
# Environment: THOR_BENCH_JAVA_OPTS (default -Xmx512m: the heap bound the import must keep),
#              THOR_BENCH_DIR (default target/thor-bench; the CSV and database are written there and kept).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-4800000}
DIR=${THOR_BENCH_DIR:-target/thor-bench}
OPTS=${THOR_BENCH_JAVA_OPTS:--Xmx512m}

echo "thor-bench: compiling..." >&2
mvn -B -q -o -pl cli,server -am test-compile dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/thor-bench.classpath >&2
CLI_CP="cli/target/classes:$(cat cli/target/thor-bench.classpath)"
SERVER_CP="server/target/classes:$(cat server/target/thor-bench.classpath)"

rm -rf "$DIR" && mkdir -p "$DIR/data" && DIR=$(cd "$DIR" && pwd)
echo "thor-bench: writing $ROWS rows..." >&2
java -cp "$CLI_CP" org.homecoming.cli.Homecoming thor simulate "$DIR/thor.csv" --rows "$ROWS" >&2
ls -l "$DIR/thor.csv" >&2
echo "thor-bench: load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
start=$(date +%s.%N)
# shellcheck disable=SC2086
/usr/bin/time -f "thor-bench: max RSS %M kB, wall %e s, CPU user %U s sys %S s" java $OPTS -cp "$SERVER_CP" org.homecoming.server.HomecomingServer \
    --homecoming.data-dir="$DIR/data" thor import --file="$DIR/thor.csv" \
    2> >(grep -v '^progress ' >&2) | tee "$DIR/result.json"
end=$(date +%s.%N)
echo "thor-bench: load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
awk -v s="$start" -v e="$end" -v n="$ROWS" 'BEGIN { t = e - s; printf "thor-bench: %d rows in %.1f s, %.0f rows/s\n", n, t, n / t }'
