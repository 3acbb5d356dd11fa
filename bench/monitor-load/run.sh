#!/usr/bin/env bash
#
# Publication-day load test of the monitor (issue 14); method and recorded results in docs/benchmarks.md,
# section "The monitor on publication day".
#
#   1. clones the repository's committed state into $CLONE_DIR and builds the jar there (SKIP_BUILD=1 reuses it);
#   2. starts it on 127.0.0.1:$APP_PORT with a fresh embedded-PostgreSQL directory and the open-data bundle
#      (the real pact and the real monitor figures), or on $DATABASE_URL (e.g. the 41.6 M-observation benchmark
#      data set of bench/monitor/run.sh), and waits for readiness;
#   3. writes the publication-day mix of anonymous requests (anonymous.txt: every public page in proportion,
#      see mix() below), signs an office user in for the signed-in mix (signed-in.txt);
#   4. runs for $DURATION: wrk with $CONNECTIONS connections over the anonymous mix, wrk with
#      $SIGNED_IN_CONNECTIONS connections over the signed-in mix, and every $IMPORT_EVERY s an import through the
#      API (alternately the real DUO mbo file of the bundle, 27,112 cells, and a small CSV with a new figure),
#      each of which empties the figure pages on commit; records CPU of the platform and of PostgreSQL;
#   5. after each import, the time of the first request for the main pages (the cold page after a change);
#   6. per page, wrk against the platform and against nginx serving the same saved bytes, interleaved; the
#      series/comparison API over many regions; the signed-in pages against nginx;
#   7. writes $RUN_DIR/results.md (and results.jsonl) and stops everything it started.
#
# Options (environment, defaults in brackets):
#   CLONE_DIR [/tmp/monitor-load-clone]  SKIP_BUILD [0]  JAVA [Temurin 25]  JAVA_OPTS []
#   PG_DATA [/tmp/monitor-load-pg] (wiped first)  DATABASE_URL/DATABASE_USER/DATABASE_PASSWORD [] (external)
#   RUN_DIR [/tmp/techniekpact-monitor-load]  APP_PORT [18080]  NGINX_PORT [18081]
#   DURATION [300s]  CONNECTIONS [64]  SIGNED_IN_CONNECTIONS [4]  IMPORT_EVERY [60]  COMPARE_DURATION [10s]
#   THREADS [2]  JFR=1 records a JFR profile of the mixed run ($RUN_DIR/mixed.jfr, summarised)
#
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=${REPO_DIR:-$(git -C "$SCRIPT_DIR" rev-parse --show-toplevel)}
CLONE_DIR=${CLONE_DIR:-/tmp/monitor-load-clone}
SKIP_BUILD=${SKIP_BUILD:-0}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JFR_BIN=$(dirname "$JAVA")/jfr
JAVA_OPTS=${JAVA_OPTS:-}
PG_DATA=${PG_DATA:-/tmp/monitor-load-pg}
DATABASE_URL=${DATABASE_URL:-}
RUN_DIR=${RUN_DIR:-/tmp/techniekpact-monitor-load}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
DURATION=${DURATION:-300s}
CONNECTIONS=${CONNECTIONS:-64}
SIGNED_IN_CONNECTIONS=${SIGNED_IN_CONNECTIONS:-4}
IMPORT_EVERY=${IMPORT_EVERY:-60}
COMPARE_DURATION=${COMPARE_DURATION:-10s}
THREADS=${THREADS:-2}
JFR=${JFR:-0}
NGINX=${NGINX:-/usr/sbin/nginx}
WRK=${WRK:-/usr/bin/wrk}
APP="http://127.0.0.1:$APP_PORT"
NGX="http://127.0.0.1:$NGINX_PORT"
EMAIL=office-load@example.org
PASSWORD=Publicatie-Dag-2026-Wachtwoord
TOKEN=tpk_monitor_load_test_token_0123456789abcdef
LUA="$SCRIPT_DIR/paths.lua"

mkdir -p "$RUN_DIR"
RESULTS="$RUN_DIR/results.jsonl"
: > "$RESULTS"
APP_PID=""
NGINX_STARTED=0
IMPORT_PID=""

cleanup() {
  [[ -n "$IMPORT_PID" ]] && kill "$IMPORT_PID" 2>/dev/null || true
  [[ $NGINX_STARTED == 1 ]] && "$NGINX" -p "$RUN_DIR/nginx" -c nginx.conf -s stop 2>/dev/null || true
  if [[ -n "$APP_PID" ]]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

build() {
  if [[ $SKIP_BUILD == 1 && -f "$CLONE_DIR/target/techniekpact-platform-0.1.0-SNAPSHOT.jar" ]]; then
    return
  fi
  rm -rf "$CLONE_DIR"
  git clone -q "$REPO_DIR" "$CLONE_DIR"
  (cd "$CLONE_DIR" && ./mvnw -q -ntp -DskipTests package)
}

start_app() {
  local args=(--server.port="$APP_PORT" --techniekpact.admin.email="$EMAIL"
    --techniekpact.admin.password="$PASSWORD" --techniekpact.admin.api-token="$TOKEN")
  if [[ -n "$DATABASE_URL" ]]; then
    args+=(--spring.datasource.url="$DATABASE_URL" --spring.datasource.username="${DATABASE_USER:-postgres}"
      --spring.datasource.password="${DATABASE_PASSWORD:-}")
  else
    rm -rf "$PG_DATA"
    export TECHNIEKPACT_EMBEDDED_DB_DATA_DIRECTORY="$PG_DATA"
  fi
  # shellcheck disable=SC2086
  (cd "$RUN_DIR" && exec "$JAVA" $JAVA_OPTS -jar "$CLONE_DIR/target/techniekpact-platform-0.1.0-SNAPSHOT.jar" \
    "${args[@]}" > "$RUN_DIR/app.log" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 900); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "$APP/actuator/health/readiness") == 200 ]]; then
      log "platform ready"
      return
    fi
    kill -0 "$APP_PID" 2>/dev/null || { log "the platform stopped, see $RUN_DIR/app.log"; exit 1; }
    sleep 1
  done
  log "the platform did not become ready"; exit 1
}

# The publication-day mix: every public page in proportion to how often it is asked (a weight per kind of page,
# the page within its kind drawn evenly), written as one path per line for paths.lua.
mix() {
  local indicators factsheets editions
  indicators=$(curl -s "$APP/api/v1/indicators?format=csv" | tail -n +2 | cut -d, -f1)
  factsheets=$(curl -s "$APP/factsheets" | grep -o 'href="/factsheets/[^"]*"' | cut -d'"' -f2 | sort -u)
  editions=$(curl -s "$APP/reports" | grep -o 'href="/reports/progress/[0-9]*"' | cut -d'"' -f2 | sort -u)
  python3 - "$RUN_DIR" <<PY
import random, sys
run = sys.argv[1]
indicators = """$indicators""".split()
factsheets = """$factsheets""".split()
editions = """$editions""".split() or ["/reports"]
provinces = ["PV%d" % n for n in range(20, 32)]
kinds = ["PROVINCE", "LABOUR_MARKET_REGION", "MUNICIPALITY", "TP_LANDSDEEL"]
rng = random.Random(14)
def indicator_page():
    code = rng.choice(indicators)
    r = rng.random()
    if r < 0.7:
        return "/monitor/indicatoren/" + code
    if r < 0.9:
        return "/monitor/indicatoren/%s?region=%s" % (code, rng.choice(provinces))
    return "/monitor/indicatoren/%s?region=NL01&geslacht=vrouw" % code
kinds_of_page = [
    (22, lambda: "/monitor"),
    (28, indicator_page),
    (6, lambda: "/monitor/indicatoren/%s/regios?kind=%s" % (rng.choice(indicators), rng.choice(kinds))),
    (4, lambda: "/monitor/indicatoren/%s/kaart?kind=%s" % (rng.choice(indicators), rng.choice(kinds[:3]))),
    (12, lambda: rng.choice(factsheets)),
    (2, lambda: "/factsheets"),
    (5, lambda: rng.choice(editions)),
    (1, lambda: "/reports"),
    (8, lambda: "/api/v1/indicators/%s/series?region=%s" % (rng.choice(indicators), rng.choice(provinces + ["NL01"]))),
    (3, lambda: "/api/v1/indicators/%s/comparison?kind=%s" % (rng.choice(indicators), rng.choice(kinds))),
    (4, lambda: rng.choice(["/", "/actions/2013-A01", "/regions", "/regions/TL02", "/editions/2018"])),
    (3, lambda: "/search?q=" + rng.choice(["techniek", "vmbo", "regio", "leraren", "stage", "vrouwen"])),
    (2, lambda: "/open-data"),
]
weights = [w for w, _ in kinds_of_page]
with open(run + "/anonymous.txt", "w") as out:
    for _ in range(20000):
        out.write(rng.choices(kinds_of_page, weights)[0][1]() + "\n")
with open(run + "/signed-in.txt", "w") as out:
    for _ in range(2000):
        out.write(rng.choice(["/monitor", indicator_page(), "/office/monitor/imports", rng.choice(factsheets),
                              "/monitor/indicatoren/%s/regios" % rng.choice(indicators)]) + "\n")
with open(run + "/api.txt", "w") as out:
    for _ in range(5000):
        code = rng.choice(indicators)
        if rng.random() < 0.7:
            out.write("/api/v1/indicators/%s/series?region=%s\n" % (code, rng.choice(provinces + ["NL01"])))
        else:
            out.write("/api/v1/indicators/%s/comparison?kind=%s\n" % (code, rng.choice(kinds)))
PY
}

sign_in() {
  local jar="$RUN_DIR/cookies.txt" csrf
  rm -f "$jar"
  csrf=$(curl -s -c "$jar" -b "$jar" "$APP/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$APP/login"
  SESSION="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")"
  [[ $(curl -s -b "$SESSION" "$APP/monitor" | grep -c 'Uitloggen') -ge 1 ]] || { log "sign-in failed"; exit 1; }
}

# One import through the API; prints "<seconds to done> <state>".
import_once() {
  local n=$1 id state started
  started=$(date +%s.%N)
  if (( n % 2 == 1 )); then
    id=$(curl -s -H "Authorization: Bearer $TOKEN" -F format=duo -F dataset=mbo-deelnemers \
      -F "file=@$RUN_DIR/mbo_inscriptions_2019.csv" "$APP/api/v1/imports" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  else
    printf 'Regio;Periode;Aantal\r\nNL01;2040;%d\r\n' "$((1000 + n))" > "$RUN_DIR/small.csv"
    id=$(curl -s -H "Authorization: Bearer $TOKEN" -F format=csv -F source=JET-NET \
      -F 'mapping={"indicator": "jetnet-bedrijven", "region": "Regio", "period": "Periode", "value": "Aantal", "unitFactor": 1}' \
      -F "file=@$RUN_DIR/small.csv" "$APP/api/v1/imports" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  fi
  for _ in $(seq 1 600); do
    state=$(curl -s -H "Authorization: Bearer $TOKEN" "$APP/api/v1/imports/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')
    [[ $state == DONE || $state == FAILED ]] && break
    sleep 0.2
  done
  echo "$(python3 -c "print(round($(date +%s.%N) - $started, 2))") $state"
}

# The first request for the main pages right after an import committed (warming may already have run).
cold_after_import() {
  local n=$1 line
  line=$(import_once "$n")
  for page in /monitor /monitor/indicatoren/jetnet-bedrijven /monitor/indicatoren/mbo-deelnemers-techniek \
      /factsheets/PV27; do
    curl -s -o /dev/null -D "$RUN_DIR/h" -w "%{time_total}" "$APP$page" > "$RUN_DIR/t"
    echo "{\"label\":\"after-import-$n\",\"import\":\"$line\",\"page\":\"$page\",\"seconds\":$(cat "$RUN_DIR/t"),\"cache\":\"$(grep -i x-page-cache "$RUN_DIR/h" | cut -d' ' -f2 | tr -d '\r')\"}" >> "$RESULTS"
  done
}

import_loop() {
  local n=0
  while true; do
    sleep "$IMPORT_EVERY"
    n=$((n + 1))
    cold_after_import "$n"
  done
}

cpu_ticks() { # utime+stime of the platform, of every PostgreSQL process, and the machine's busy ticks
  local app pg=0 pid
  app=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
  for pid in $(pgrep -x postgres || true); do
    pg=$((pg + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$app $pg $(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat) $(date +%s.%N)"
}

wrk_run() { # label, connections, duration, paths file, base URL, [cookie]
  WRK_LABEL="$1" "$WRK" -t"$THREADS" -c"$2" -d"$3" --timeout 5s -s "$LUA" "$5" -- "$4" "${6:-}" 2>/dev/null \
    | grep '^{' >> "$RESULTS"
}

start_nginx() {
  mkdir -p "$RUN_DIR/nginx/www" "$RUN_DIR/nginx/logs"
  cat > "$RUN_DIR/nginx/nginx.conf" <<NGINX
worker_processes 2;
error_log logs/error.log;
pid logs/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off; sendfile on; gzip off;
  default_type text/html; charset utf-8;
  server { listen 127.0.0.1:$NGINX_PORT; root $RUN_DIR/nginx/www; }
}
NGINX
  "$NGINX" -p "$RUN_DIR/nginx" -c nginx.conf
  NGINX_STARTED=1
}

compare() { # label, path, [cookie]: the platform and nginx with the same bytes, interleaved
  local file name="page-$RANDOM$RANDOM"
  file="$RUN_DIR/nginx/www/$name"
  curl -s ${3:+-b "$3"} "$APP$2" -o "$file"
  echo "$2" > "$RUN_DIR/one.txt"
  echo "/$name" > "$RUN_DIR/one-nginx.txt"
  wrk_run "warm" 16 3s "$RUN_DIR/one.txt" "$APP" "${3:-}"
  wrk_run "app $1" "$CONNECTIONS" "$COMPARE_DURATION" "$RUN_DIR/one.txt" "$APP" "${3:-}"
  wrk_run "nginx $1" "$CONNECTIONS" "$COMPARE_DURATION" "$RUN_DIR/one-nginx.txt" "$NGX"
}

main() {
  log "building"; build
  log "starting the platform"; start_app
  gunzip -c "$CLONE_DIR/src/main/resources/open-data/duo-mbo-deelnemers-2015-2019/mbo_inscriptions_2019.csv.gz" \
    > "$RUN_DIR/mbo_inscriptions_2019.csv"
  mix; sign_in
  log "warm-up (discarded)"
  wrk_run "warm" 16 30s "$RUN_DIR/anonymous.txt" "$APP"
  wrk_run "warm" 4 10s "$RUN_DIR/signed-in.txt" "$APP" "$SESSION"

  log "publication day: $DURATION, $CONNECTIONS anonymous + $SIGNED_IN_CONNECTIONS signed-in connections, an import every ${IMPORT_EVERY}s"
  [[ $JFR == 1 ]] && jcmd "$APP_PID" JFR.start name=mixed settings=profile filename="$RUN_DIR/mixed.jfr" >/dev/null
  local before after
  before=$(cpu_ticks)
  import_loop & IMPORT_PID=$!
  wrk_run "signed-in (mixed run)" "$SIGNED_IN_CONNECTIONS" "$DURATION" "$RUN_DIR/signed-in.txt" "$APP" "$SESSION" &
  local signed_in=$!
  wrk_run "anonymous (mixed run)" "$CONNECTIONS" "$DURATION" "$RUN_DIR/anonymous.txt" "$APP"
  wait "$signed_in"
  kill "$IMPORT_PID" 2>/dev/null || true; wait "$IMPORT_PID" 2>/dev/null || true; IMPORT_PID=""
  after=$(cpu_ticks)
  [[ $JFR == 1 ]] && jcmd "$APP_PID" JFR.stop name=mixed >/dev/null
  python3 - "$before" "$after" >> "$RESULTS" <<'PY'
import os, sys
b = [float(x) for x in sys.argv[1].split()]; a = [float(x) for x in sys.argv[2].split()]
hz = os.sysconf("SC_CLK_TCK"); secs = a[3] - b[3]
print('{"label":"cpu (mixed run)","platform_pct":%.0f,"postgres_pct":%.0f,"machine_busy_pct":%.0f,"of_cores":%d}'
      % (100 * (a[0] - b[0]) / hz / secs, 100 * (a[1] - b[1]) / hz / secs, 100 * (a[2] - b[2]) / hz / secs,
         os.cpu_count()))
PY

  log "per page: the platform against nginx"
  start_nginx
  compare "/" "/"
  compare "/actions/2013-A01" "/actions/2013-A01"
  compare "/monitor" "/monitor"
  compare "indicator page" "/monitor/indicatoren/mbo-deelnemers-techniek"
  compare "indicator page, province" "/monitor/indicatoren/mbo-deelnemers-techniek?region=PV27"
  compare "comparison" "/monitor/indicatoren/mbo-deelnemers-techniek/regios?kind=LABOUR_MARKET_REGION"
  compare "map, municipalities" "/monitor/indicatoren/mbo-deelnemers-techniek/kaart?kind=MUNICIPALITY"
  compare "factsheet" "/factsheets/PV27"
  compare "progress report" "$(head -1 <(grep '^/reports/progress' "$RUN_DIR/anonymous.txt") || echo /reports)"
  compare "region page" "/regions/TL02"
  compare "search" "/search?q=techniek"
  compare "signed in: /monitor" "/monitor" "$SESSION"
  compare "signed in: indicator page" "/monitor/indicatoren/mbo-deelnemers-techniek" "$SESSION"
  log "the series and comparison API over 5,000 questions"
  wrk_run "warm" 16 10s "$RUN_DIR/api.txt" "$APP"
  wrk_run "api: series and comparison" "$CONNECTIONS" "$COMPARE_DURATION" "$RUN_DIR/api.txt" "$APP"
  curl -s "$APP/api/v1/indicators/mbo-deelnemers-techniek/series?region=NL01" -o "$RUN_DIR/nginx/www/api.json"
  echo "/api.json" > "$RUN_DIR/one-nginx.txt"
  wrk_run "nginx api.json" "$CONNECTIONS" "$COMPARE_DURATION" "$RUN_DIR/one-nginx.txt" "$NGX"

  [[ $JFR == 1 ]] && python3 "$SCRIPT_DIR/jfr-summary.py" "$RUN_DIR/mixed.jfr" "$JFR_BIN" > "$RUN_DIR/mixed-jfr.md"
  python3 "$SCRIPT_DIR/report.py" "$RESULTS" "$(git -C "$CLONE_DIR" rev-parse --short HEAD)" > "$RUN_DIR/results.md"
  cat "$RUN_DIR/results.md"
}

[[ ${SOURCE_ONLY:-0} == 1 ]] || main "$@"
