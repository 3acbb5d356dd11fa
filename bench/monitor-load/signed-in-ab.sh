#!/usr/bin/env bash
#
# Signed-in public pages, build A against build B (docs/benchmarks.md, "Signed-in pages"): both builds run side by
# side on fresh installs with the open-data bundle (each idle while the other is measured), the same office user
# signed in on each; per round and page wrk on A, on B and on nginx serving the signed-in bytes, interleaved.
#
#   REF_A=fc6dcf1 REF_B=HEAD bench/monitor-load/signed-in-ab.sh      (≈ 12 min with both builds)
#
#   REF_A=HEAD REF_B=HEAD ARGS_B=--some.setting=value bench/monitor-load/signed-in-ab.sh   (one build, two settings)
#
# Options: REF_A [HEAD~1] REF_B [HEAD] ARGS_A [] ARGS_B [] (extra arguments of each platform) ROUNDS [3]
#          WARMUP [20s] (per page and platform, before the rounds: the JIT's warm-up otherwise favours later rounds)
#          DURATION [10s] CONNECTIONS [64] WORK_DIR [/tmp/signed-in-ab] JAVA [Temurin 25]
#          PAGES ["/monitor /monitor/indicatoren/mbo-deelnemers-techniek"]
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(git -C "$SCRIPT_DIR" rev-parse --show-toplevel)
REF_A=${REF_A:-HEAD~1}
REF_B=${REF_B:-HEAD}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-20s}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
WORK_DIR=${WORK_DIR:-/tmp/signed-in-ab}
PAGES=${PAGES:-/monitor /monitor/indicatoren/mbo-deelnemers-techniek}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
ARGS_A=${ARGS_A:-}
ARGS_B=${ARGS_B:-}
EMAIL=office-load@example.org
PASSWORD=Publicatie-Dag-2026-Wachtwoord
declare -A PORT=([A]=18191 [B]=18192)
NGINX_PORT=18193
PIDS=()

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -f "$WORK_DIR/nginx/logs/nginx.pid" ]] && nginx -p "$WORK_DIR/nginx" -c nginx.conf -s stop 2>/dev/null || true
}
trap cleanup EXIT

mkdir -p "$WORK_DIR/nginx/html" "$WORK_DIR/nginx/logs"
declare -A BUILT
for side in A B; do
  ref_var=REF_$side args_var=ARGS_$side
  commit=$(git -C "$REPO_DIR" rev-parse "${!ref_var}")
  clone="$WORK_DIR/build-$commit"
  if [[ -z ${BUILT[$commit]:-} ]]; then
    rm -rf "$clone"
    git clone -q "$REPO_DIR" "$clone"
    git -C "$clone" checkout -q "$commit"
    log "building $side (${!ref_var})"
    (cd "$clone" && ./mvnw -q -B -ntp -DskipTests package)
    BUILT[$commit]=1
  fi
  rm -rf "$WORK_DIR/pg-$side"
  # shellcheck disable=SC2086
  TECHNIEKPACT_EMBEDDED_DB_DATA_DIRECTORY="$WORK_DIR/pg-$side" "$JAVA" -jar "$clone/target/techniekpact-platform-0.1.0-SNAPSHOT.jar" \
    --server.port="${PORT[$side]}" --techniekpact.admin.email="$EMAIL" --techniekpact.admin.password="$PASSWORD" \
    ${!args_var} > "$WORK_DIR/app-$side.log" 2>&1 &
  PIDS+=($!)
done
for side in A B; do
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORT[$side]}/actuator/health/readiness") == 200 ]]; do
    kill -0 "${PIDS[0]}" "${PIDS[1]}" || { log "a platform stopped, see $WORK_DIR/app-*.log"; exit 1; }
    sleep 2
  done
done
log "both ready; letting the start-up work settle"
sleep 90

declare -A SESSION
for side in A B; do
  app="http://127.0.0.1:${PORT[$side]}" jar="$WORK_DIR/cookies-$side.txt"
  rm -f "$jar"
  csrf=$(curl -s -c "$jar" -b "$jar" "$app/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$app/login"
  SESSION[$side]="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")"
  n=0
  for page in $PAGES; do
    n=$((n + 1))
    curl -s -o /dev/null "$app$page"   # an anonymous visitor first: the page is kept
    curl -s -b "${SESSION[$side]}" "$app$page" > "$WORK_DIR/nginx/html/page$n.html"
    grep -q Uitloggen "$WORK_DIR/nginx/html/page$n.html" || { log "$side: not signed in on $page"; exit 1; }
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: ${SESSION[$side]}" "$app$page" > /dev/null
  done
done
cat > "$WORK_DIR/nginx/nginx.conf" <<NGINX
worker_processes 2;
error_log logs/error.log;
pid logs/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  server { listen 127.0.0.1:$NGINX_PORT; root html; location / { try_files \$uri \$uri.html =404; } }
}
NGINX
nginx -p "$WORK_DIR/nginx" -c nginx.conf

measure() { wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | awk '
  /Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} /Non-2xx/ {err=$NF} /Socket errors/ {sock=$0}
  END {printf "%s req/s, p99 %s%s", rps, p99, (err || sock) ? ", errors: " err " " sock : ""}'; }

echo "| round | page | A ($REF_A $ARGS_A) | B ($REF_B $ARGS_B) | nginx, same bytes |"
echo "|---:|---|---:|---:|---:|"
for round in $(seq 1 "$ROUNDS"); do
  n=0
  for page in $PAGES; do
    n=$((n + 1))
    a=$(measure -H "Cookie: ${SESSION[A]}" "http://127.0.0.1:${PORT[A]}$page")
    b=$(measure -H "Cookie: ${SESSION[B]}" "http://127.0.0.1:${PORT[B]}$page")
    x=$(measure "http://127.0.0.1:$NGINX_PORT/page$n")
    echo "| $round | signed in: \`$page\` | $a | $b | $x |"
  done
done
