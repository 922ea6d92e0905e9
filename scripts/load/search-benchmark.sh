#!/usr/bin/env bash
# Search load benchmark: indexes N synthetic persons (default 1,000,000) into a temporary directory
# and prints index time and p50/p95/p99 latencies of Q varied queries (default 2,000).
# Usage: scripts/load/search-benchmark.sh [N] [Q]     (JAVA_OPTS overrides the default -Xmx3g)
# Needs kinship and simulator installed in ~/.m2: mvn -B -o -pl kinship,simulator install -DskipTests
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o -pl server test-compile
mvn -B -q -o -pl server dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/search-benchmark.classpath
CP="server/target/test-classes:server/target/classes:$(cat server/target/search-benchmark.classpath)"
exec java ${JAVA_OPTS:--Xmx3g} -cp "$CP" org.homecoming.server.search.SearchLoadBenchmark "$@"
