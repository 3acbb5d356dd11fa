#!/usr/bin/env bash
# Start-up times of the packaged platform (docs/benchmarks.md, "Start-up"): for each run, start the jar, poll
# /actuator/health/readiness every 50 ms, and record the time from process start to the first UP.
#   first  — an empty embedded database, the open-data bundle imported
#   restart — the database of the previous first start, nothing imported again
#   nobundle — an empty database with TECHNIEKPACT_MONITOR_OPEN_DATA_LOAD=false (the platform's own cost: the
#              reference the bundle's cost is measured against)
# Per-import times and cell counts come from the log lines of StartupImports. Usage:
#   ./mvnw -q -DskipTests package && bench/startup-benchmark.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-2*/bin/java 2>/dev/null | sort -V | tail -n 1)}
JAR=$(ls target/techniekpact-platform-*.jar | head -n 1)
WORK=$(mktemp -d /tmp/techniekpact-startup.XXXXXX)
chmod 755 "$WORK"
PORT=${PORT:-18181}
trap 'pkill -f "$WORK" 2>/dev/null || true; rm -rf "$WORK"' EXIT

run() { # name clean bundle
  local name=$1 clean=$2 bundle=$3 log="$WORK/$1.log"
  local start end
  start=$(date +%s%N)
  PORT=$PORT TECHNIEKPACT_EMBEDDED_DB_DATA_DIRECTORY="$WORK/pg-$4" TECHNIEKPACT_EMBEDDED_DB_CLEAN=$clean \
    TECHNIEKPACT_MONITOR_OPEN_DATA_LOAD=$bundle "$JAVA" -Dbench.dir="$WORK" -jar "$JAR" > "$log" 2>&1 &
  local pid=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q 200; do
    sleep 0.05
    kill -0 $pid 2>/dev/null || { echo "platform died: $log"; tail -20 "$log"; exit 1; }
  done
  end=$(date +%s%N)
  printf '%-9s %6d ms\n' "$name" $(( (end - start) / 1000000 ))
  if [ "$name" = first ]; then grep -o 'Imported .*' "$log" | sed 's/^/          /'; fi
  kill $pid; wait $pid 2>/dev/null || true
}

echo "jar: $JAR; java: $JAVA; $(nproc) cores; $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD)"
for i in $(seq 1 "$RUNS"); do
  run first true true "b$i"
  run restart false true "b$i"
  run nobundle true false "n$i"
done
