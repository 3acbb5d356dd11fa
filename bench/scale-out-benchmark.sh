#!/usr/bin/env bash
#
# Throughput of two platform instances against one, behind the same nginx, on one PostgreSQL.
#
#   1. clones the repository's committed state into $CLONE_DIR and builds the jar there (SKIP_BUILD=1 reuses it);
#   2. starts instance A on the embedded PostgreSQL (fresh data directory, real pact and open data loaded) and
#      instance B on A's server as an external database — with the least-privilege roles an operator would use
#      (SPRING_DATASOURCE_USERNAME=techniekpact_app, SPRING_FLYWAY_USER=techniekpact_owner);
#   3. starts nginx with two front doors: :$ONE_PORT proxies to A alone, :$TWO_PORT to A and B (round robin,
#      keep-alive to both);
#   4. warms both instances up, then per page runs wrk -t2 -c$CONNECTIONS -d$DURATION through each door,
#      interleaved: first with the instances free to use every core, then with A pinned to CPU 0 and B to CPU 1
#      (taskset: each instance as a one-core machine of its own; nginx, PostgreSQL and wrk float);
#   5. prints a table (req/s, p50, p99, errors, two/one) and stops what it started.
#
# Options: CLONE_DIR [/tmp/scale-clone] SKIP_BUILD [0] JAVA [temurin-25] RUN_DIR [/tmp/techniekpact-scale]
#          PAGES [/ /actions/2013-A01 /monitor /monitor/indicatoren/mbo-deelnemers-techniek]
#          CONNECTIONS [64] DURATION [20s] WARMUP [20s]
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(git -C "$SCRIPT_DIR" rev-parse --show-toplevel)
CLONE_DIR=${CLONE_DIR:-/tmp/scale-clone}
SKIP_BUILD=${SKIP_BUILD:-0}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
RUN_DIR=${RUN_DIR:-/tmp/techniekpact-scale}
PAGES=${PAGES:-"/ /actions/2013-A01 /monitor /monitor/indicatoren/mbo-deelnemers-techniek"}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-20s}
A_PORT=18090 B_PORT=18091 ONE_PORT=18092 TWO_PORT=18093
PG_DATA=$RUN_DIR/pg
PIDS=()

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
cleanup() {
    [[ -f $RUN_DIR/nginx.pid ]] && kill -QUIT "$(cat "$RUN_DIR/nginx.pid")" 2>/dev/null || true
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done; done
}
trap cleanup EXIT

ready() { # waits until $1 answers its readiness with 200
    for _ in $(seq 900); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' "$1/actuator/health/readiness") == 200 ]] && return 0
        sleep 1
    done
    log "not ready: $1"; exit 1
}

rm -rf "$RUN_DIR"; mkdir -p "$RUN_DIR/wrk" "$RUN_DIR/nginx-tmp"
if [[ -d $CLONE_DIR/.git ]]; then git -C "$CLONE_DIR" pull -q --ff-only; else git clone -q "$REPO_DIR" "$CLONE_DIR"; fi
[[ $SKIP_BUILD == 1 ]] || (cd "$CLONE_DIR" && ./mvnw -q -DskipTests package)
JAR=$(ls "$CLONE_DIR"/target/techniekpact-platform-*.jar | grep -v '\.original$' | head -1)
COMMIT=$(git -C "$CLONE_DIR" log -1 --format='%h')

log "starting instance A on the embedded PostgreSQL ($PG_DATA)"
(cd "$RUN_DIR" && exec "$JAVA" -Xmx2g -jar "$JAR" --server.port=$A_PORT \
    --techniekpact.embedded-db.data-directory="$PG_DATA" >"$RUN_DIR/a.log" 2>&1) &
PIDS+=($!)
ready "http://127.0.0.1:$A_PORT"
PG_PORT=$(sed -n 4p "$PG_DATA/postmaster.pid" | tr -d ' ')
secret() { grep "^$1=" "$PG_DATA/techniekpact-credentials.properties" | cut -d= -f2-; }
log "starting instance B on A's PostgreSQL (127.0.0.1:$PG_PORT) as techniekpact_app"
(cd "$RUN_DIR" && SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/techniekpact" \
    SPRING_DATASOURCE_USERNAME=techniekpact_app SPRING_DATASOURCE_PASSWORD="$(secret app.password)" \
    SPRING_FLYWAY_USER=techniekpact_owner SPRING_FLYWAY_PASSWORD="$(secret owner.password)" \
    exec "$JAVA" -Xmx2g -jar "$JAR" --server.port=$B_PORT >"$RUN_DIR/b.log" 2>&1) &
PIDS+=($!)
ready "http://127.0.0.1:$B_PORT"
A_PID=$(ss -ltnpH "sport = :$A_PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
B_PID=$(ss -ltnpH "sport = :$B_PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)

cat >"$RUN_DIR/nginx.conf" <<EOF
worker_processes 2;
pid $RUN_DIR/nginx.pid;
error_log $RUN_DIR/nginx-error.log;
events { worker_connections 2048; }
http {
    access_log off;
    client_body_temp_path $RUN_DIR/nginx-tmp; proxy_temp_path $RUN_DIR/nginx-tmp;
    fastcgi_temp_path $RUN_DIR/nginx-tmp; uwsgi_temp_path $RUN_DIR/nginx-tmp; scgi_temp_path $RUN_DIR/nginx-tmp;
    upstream one { server 127.0.0.1:$A_PORT; keepalive 64; }
    upstream two { server 127.0.0.1:$A_PORT; server 127.0.0.1:$B_PORT; keepalive 64; }
    server { listen 127.0.0.1:$ONE_PORT; location / { proxy_pass http://one; proxy_http_version 1.1;
             proxy_set_header Connection ""; proxy_set_header Host \$host; } }
    server { listen 127.0.0.1:$TWO_PORT; location / { proxy_pass http://two; proxy_http_version 1.1;
             proxy_set_header Connection ""; proxy_set_header Host \$host; } }
}
EOF
/usr/sbin/nginx -c "$RUN_DIR/nginx.conf"

log "warming up both instances"
for page in $PAGES; do
    wrk -t2 -c16 -d"$WARMUP" "http://127.0.0.1:$TWO_PORT$page" >/dev/null
done

printf 'placement\tpage\tinstances\treq_per_s\tp50\tp99\terrors\n' >"$RUN_DIR/results.tsv"
measure() { # placement page door instances
    local out="$RUN_DIR/wrk/$1-$(tr '/' '_' <<<"$2")-$4.txt"
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$3$2" >"$out"
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' "$out")
    p50=$(awk '$1 == "50%" {print $2}' "$out"); p99=$(awk '$1 == "99%" {print $2}' "$out")
    errors=$(awk '/Socket errors/ {n += $4 + $6 + $8 + $10} /Non-2xx/ {n += $5} END {print n + 0}' "$out")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$4" "$rps" "$p50" "$p99" "$errors" >>"$RUN_DIR/results.tsv"
}
for placement in floating pinned; do
    if [[ $placement == pinned ]]; then
        taskset -a -p -c 0 "$A_PID" >/dev/null; taskset -a -p -c 1 "$B_PID" >/dev/null
    fi
    for page in $PAGES; do
        measure "$placement" "$page" "$ONE_PORT" 1
        measure "$placement" "$page" "$TWO_PORT" 2
    done
done

{
    echo "commit $COMMIT, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, wrk -t2 -c$CONNECTIONS -d$DURATION through nginx"
    echo
    echo '| placement | page | 1 instance req/s (p50 / p99) | 2 instances req/s (p50 / p99) | errors (1 / 2) | 2 ÷ 1 |'
    echo '|---|---|---:|---:|---:|---:|'
    awk -F'\t' 'NR > 1 { k = $1 SUBSEP $2; if ($3 == 1) { one[k] = $0; order[++n] = k } else two[k] = $0 }
        END { for (i = 1; i <= n; i++) { split(one[order[i]], a, "\t"); split(two[order[i]], b, "\t")
            printf "| %s | `%s` | %s (%s / %s) | %s (%s / %s) | %s / %s | %.2f× |\n", a[1], a[2], a[4], a[5], a[6],
                b[4], b[5], b[6], a[7], b[7], (a[4] > 0 ? b[4] / a[4] : 0) } }' "$RUN_DIR/results.tsv"
} | tee "$RUN_DIR/results.md"
