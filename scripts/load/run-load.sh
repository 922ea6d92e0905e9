#!/usr/bin/env bash
# Load test of issue 10: starts `./homecoming demo` on a fresh data directory on a free loopback
# port, waits for health UP, runs the load driver (N virtual users for S seconds, a mix of search,
# person pages, review pages, API reads and writes), writes the Markdown report and stops the server.
#
# Usage: scripts/load/run-load.sh [USERS] [SECONDS]      (defaults: 50 users, 300 s; caps 200 and 900)
# Environment (all optional):
#   LOAD_OFFICERS=officer        comma-separated case-officer user names (VN side)
#   LOAD_ANALYSTS=lab            comma-separated laboratory-analyst user names (VN side)
#   LOAD_WARMUP=15               seconds at the start left out of the table
#   LOAD_THINK_MS=200            mean think time between a user's actions
#   LOAD_OUT=target/load-test/report-<UTC time>.md
#   LOAD_SERVER_JAVA_OPTS=-Xmx2g JVM options of the server (the demo's default, C1 only, is for quick starts)
#   LOAD_DATA=DIR                use (and keep) this data directory instead of a fresh temporary one
# All users share one password: the admin's, generated here and given to the server as
# HOMECOMING_ADMIN_PASSWORD (the demo creates its users with it). Everything runs on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
USERS=${1:-50}
SECONDS_TO_RUN=${2:-300}
OUT=${LOAD_OUT:-target/load-test/report-$(date -u +%Y%m%dT%H%M%SZ).md}

echo "load: compiling the driver..." >&2
mvn -B -q -o -pl server -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/load-driver.classpath >&2
CP="server/target/test-classes:server/target/classes:$(cat server/target/load-driver.classpath)"

free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  echo "load: no free port found" >&2; return 1
}
PORT=$(free_port)
if [ -n "${LOAD_DATA:-}" ]; then DATA=$LOAD_DATA; KEEP=1; else DATA=$(mktemp -d -t homecoming-load.XXXXXX); KEEP=0; fi
PASSWORD_FILE="$DATA/load-password.txt"
umask 077
head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$PASSWORD_FILE"
LOG="$DATA/server.log"

SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "load: stopping the server (pid $SERVER_PID)" >&2
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "$KEEP" = 0 ]; then rm -rf "$DATA"; fi
}
trap stop_server EXIT INT TERM

echo "load: starting ./homecoming demo on 127.0.0.1:$PORT with data in $DATA (log: $LOG)" >&2
SERVER_ADDRESS=127.0.0.1 HOMECOMING_ADMIN_PASSWORD="$(cat "$PASSWORD_FILE")" \
  HOMECOMING_SERVER_JAVA_OPTS="${LOAD_SERVER_JAVA_OPTS:--Xmx2g}" \
  "$ROOT/homecoming" demo --port "$PORT" --data "$DATA/demo" >"$LOG" 2>&1 &
SERVER_PID=$!

echo "load: waiting for health UP (at most 15 minutes: the first run builds the jars)..." >&2
for i in $(seq 1 900); do
  if curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "load: the server stopped; see $LOG" >&2; tail -20 "$LOG" >&2; exit 1; fi
  if [ "$i" = 900 ]; then echo "load: the server was not UP after 15 minutes" >&2; exit 1; fi
  sleep 1
done
echo "load: server UP after ${i} s" >&2

set +e
java -Xmx1g -cp "$CP" org.homecoming.server.load.LoadDriver --url "http://127.0.0.1:$PORT" \
  --users "$USERS" --duration "$SECONDS_TO_RUN" --warmup "${LOAD_WARMUP:-15}" --think-ms "${LOAD_THINK_MS:-200}" \
  --officers "${LOAD_OFFICERS:-officer}" --analysts "${LOAD_ANALYSTS:-lab}" \
  --password-file "$PASSWORD_FILE" --out "$OUT"
CODE=$?
set -e
echo "load: driver exit code $CODE (0: no error and no lost write)" >&2
exit "$CODE"
