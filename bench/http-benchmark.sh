#!/usr/bin/env bash
#
# HTTP benchmark of the Techniekpact platform against nginx serving the same HTML.
#
# What it does (see docs/benchmarks.md for the method and the recorded results):
#   1. clones the repository's committed state into $CLONE_DIR (or reuses that clone) and builds the jar there,
#      so the working tree of the repository itself is never built or touched;
#   2. starts the app on 127.0.0.1:$APP_PORT with its own embedded-PostgreSQL data directory ($PG_DATA) and
#      waits until the pact data is loaded and the pages answer 200;
#   3. saves the HTML of the measured pages with curl and starts nginx (own config under $RUN_DIR) serving
#      those files on 127.0.0.1:$NGINX_PORT;
#   4. warms the JVM up (results discarded), then for every page runs `wrk -t$THREADS -c$CONNECTIONS
#      -d$DURATION --latency` against the app and against nginx, interleaved;
#   5. optionally repeats the measurement at $LOW_CONNECTIONS connections (supplementary);
#   6. stops everything it started (app, its PostgreSQL, nginx) and prints a results table.
#
# Usage:   bench/http-benchmark.sh
# Options (environment variables, defaults in brackets):
#   REPO_DIR          repository to clone                        [the repository holding this script]
#   CLONE_DIR         where to clone and build                   [/tmp/bench-clone]
#   SKIP_BUILD=1      reuse the jar already built in CLONE_DIR   [0]
#   JAVA              java binary to run the jar                 [/usr/lib/jvm/temurin-25-jdk-amd64/bin/java]
#   JAVA_OPTS         extra JVM options                          []
#   PG_DATA           embedded PostgreSQL data directory         [/tmp/bench-pg] (wiped first if FRESH_DB=1)
#   FRESH_DB          start from an empty data directory          [1]
#   RUN_DIR           logs, saved HTML, nginx config, results    [/tmp/techniekpact-bench]
#   APP_PORT          [18080]      NGINX_PORT [18081]   (8080 is refused on purpose)
#   PAGES             [/ /actions/2013-A01]
#   THREADS [2]  CONNECTIONS [64]  DURATION [30s]  WARMUP [30s]  WARMUP_CONNECTIONS [16]
#   LOW_CONNECTIONS   supplementary run at this many connections, empty to skip [16]
#   QUIET_MAX_WAIT    before each measured run, wait up to this many seconds for processes outside the
#                     benchmark (another build, tests) to drop below 10% CPU; 0 = do not wait      [600]
#   NGINX             [/usr/sbin/nginx]    WRK [/usr/bin/wrk]
#   REPORT_ONLY=1     only print the table of the last run in RUN_DIR
#
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=${REPO_DIR:-$(git -C "$SCRIPT_DIR" rev-parse --show-toplevel)}
CLONE_DIR=${CLONE_DIR:-/tmp/bench-clone}
SKIP_BUILD=${SKIP_BUILD:-0}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVA_OPTS=${JAVA_OPTS:-}
PG_DATA=${PG_DATA:-/tmp/bench-pg}
FRESH_DB=${FRESH_DB:-1}
RUN_DIR=${RUN_DIR:-/tmp/techniekpact-bench}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
PAGES=${PAGES:-"/ /actions/2013-A01"}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-30s}
WARMUP_CONNECTIONS=${WARMUP_CONNECTIONS:-16}
LOW_CONNECTIONS=${LOW_CONNECTIONS-16}
QUIET_MAX_WAIT=${QUIET_MAX_WAIT:-600}
NGINX=${NGINX:-/usr/sbin/nginx}
WRK=${WRK:-/usr/bin/wrk}

APP_URL="http://127.0.0.1:$APP_PORT"
NGINX_URL="http://127.0.0.1:$NGINX_PORT"
APP_PID=""
NGINX_PID=""
RESULTS="$RUN_DIR/results.tsv"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------------------------------------- report
report() {
    {
        echo "## Machine"
        echo
        sed 's/^/    /' "$RUN_DIR/machine.txt"
        echo
        echo "## Pages (as served by the app)"
        echo
        echo '| page | body bytes | content type | encoding (no Accept-Encoding) | encoding (Accept-Encoding: gzip) |'
        echo '|---|---:|---|---|---|'
        tail -n +2 "$RUN_DIR/pages.tsv" | awk -F'\t' '{printf "| `%s` | %s | %s | %s | %s |\n", $1, $2, $3, ($4 == "" ? "none" : $4), ($5 == "" ? "none" : $5)}'
        echo
        echo "## Results (loopback; every row one wrk run, app and nginx interleaved)"
        echo
        echo '| page | server | conns | responses | req/s | p50 ms | p99 ms | socket errors | non-2xx/3xx | bytes/response | app/nginx req/s | other CPU % |'
        echo '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
        awk -F'\t' 'NR > 1 { k = $1 SUBSEP $3; if ($2 == "nginx") ng[k] = $6; row[NR] = $0 }
            END { for (i = 2; i <= NR; i++) { split(row[i], f, "\t"); k = f[1] SUBSEP f[3]
                    ratio = (f[2] == "app" && ng[k] > 0) ? sprintf("%.2f%%", 100 * f[6] / ng[k]) : ""
                    printf "| `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", f[1], f[2], f[3], f[4], f[6], f[7], f[9], f[11], f[12], f[13], ratio, (f[14] == "" ? "n/a" : f[14] (f[15] != "-" && f[15] != "" ? " (" f[15] ")" : "")) } }' "$RESULTS"
        echo
        echo "other CPU %: CPU used by processes outside the benchmark during the run, in % of one core (of 200 %)."
        echo "Target for later: app >= 20% of nginx requests/s. \"Failed to obtain JDBC Connection\" in the app log: $(cat "$RUN_DIR/app-pool-errors.txt")."
        echo "Raw wrk output: $RUN_DIR/wrk/; app log: $RUN_DIR/app.log; TSV: $RESULTS"
    } | tee "$RUN_DIR/results.md"
}

if [[ ${REPORT_ONLY:-0} == 1 ]]; then
    report
    exit 0
fi

# ---------------------------------------------------------------------------------------------- checks
[[ $APP_PORT == 8080 || $NGINX_PORT == 8080 ]] && die "port 8080 is reserved; pick another port"
for tool in "$JAVA" "$NGINX" "$WRK" curl git; do
    command -v "$tool" >/dev/null || die "missing tool: $tool"
done
for port in "$APP_PORT" "$NGINX_PORT"; do
    [[ -z $(ss -ltnH "sport = :$port") ]] || die "port $port is already in use"
done
processes=$(ps -eo args)
if grep -q -- "-D $PG_DATA " <<<"$processes"; then
    die "a PostgreSQL server is already running on $PG_DATA"
fi

mkdir -p "$RUN_DIR"
chmod 755 "$RUN_DIR"
rm -rf "$RUN_DIR/www" "$RUN_DIR/wrk" "$RUN_DIR/nginx-tmp"
mkdir -p "$RUN_DIR/www" "$RUN_DIR/wrk" "$RUN_DIR/nginx-tmp"
printf 'page\tserver\tconnections\trequests\tseconds\treq_per_s\tp50_ms\tp90_ms\tp99_ms\tmax_ms\tsocket_errors\tnon_2xx_3xx\tbytes_per_response\tother_cpu_pct\tother_top\n' >"$RESULTS"

# ---------------------------------------------------------------------------------------------- cleanup
stop_postgres_leftover() {
    local pid user exe pgctl
    pid=$(ps -eo pid,args | awk -v d="$PG_DATA" '$0 ~ ("postgres -D " d " ") && $2 ~ /bin\/postgres$/ {print $1; exit}')
    [[ -z $pid ]] && return 0
    user=$(ps -o user= -p "$pid" | tr -d ' ')
    exe=$(readlink "/proc/$pid/exe" || true)
    pgctl="$(dirname "$exe")/pg_ctl"
    log "PostgreSQL on $PG_DATA still running (pid $pid, user $user); stopping it with $pgctl"
    if [[ $user == nobody && $(id -u) == 0 ]]; then
        setpriv --reuid=65534 --regid=65534 --clear-groups -- "$pgctl" -D "$PG_DATA" stop -m fast || true
    else
        "$pgctl" -D "$PG_DATA" stop -m fast || true
    fi
}

stop_app() {
    [[ -z $APP_PID ]] && return 0
    if kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping app (pid $APP_PID)"
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        if kill -0 "$APP_PID" 2>/dev/null; then
            log "app did not stop in 60 s; killing it"
            kill -9 "$APP_PID" 2>/dev/null || true
        fi
    fi
    APP_PID=""
    stop_postgres_leftover
}

stop_nginx() {
    [[ -z $NGINX_PID ]] && return 0
    if kill -0 "$NGINX_PID" 2>/dev/null; then
        log "stopping nginx (pid $NGINX_PID)"
        kill -QUIT "$NGINX_PID" 2>/dev/null || true
        for _ in $(seq 20); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$NGINX_PID" 2>/dev/null && kill -9 "$NGINX_PID" 2>/dev/null || true
    fi
    NGINX_PID=""
}

cleanup() {
    local rc=$?
    stop_nginx
    stop_app
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------- machine
{
    echo "date:        $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "nproc:       $(nproc)"
    echo "cpu model:   $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "memory:      $(awk '/MemTotal/ {printf "%.1f GiB", $2/1024/1024}' /proc/meminfo)"
    echo "kernel:      $(uname -sr)"
    echo "java:        $("$JAVA" -version 2>&1 | head -1)"
    echo "nginx:       $("$NGINX" -v 2>&1)"
    echo "wrk:         $("$WRK" -v 2>&1 | head -1)"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min)"
    echo "measurement: wrk -t$THREADS -d$DURATION --latency at $CONNECTIONS${LOW_CONNECTIONS:+ and $LOW_CONNECTIONS} connections; warm-up $WARMUP per page at $WARMUP_CONNECTIONS connections"
} >"$RUN_DIR/machine.txt"

# ---------------------------------------------------------------------------------------------- build
if [[ -d $CLONE_DIR/.git ]]; then
    log "reusing clone $CLONE_DIR (pulling the latest committed state of $REPO_DIR)"
    git -C "$CLONE_DIR" pull -q --ff-only || log "WARNING: could not fast-forward $CLONE_DIR; using it as is"
else
    log "cloning $REPO_DIR into $CLONE_DIR"
    git clone -q "$REPO_DIR" "$CLONE_DIR"
fi
echo "commit:      $(git -C "$CLONE_DIR" log -1 --format='%h %s')" >>"$RUN_DIR/machine.txt"
if [[ $SKIP_BUILD != 1 ]]; then
    log "building in $CLONE_DIR (mvnw -DskipTests package)"
    (cd "$CLONE_DIR" && ./mvnw -q -DskipTests package)
fi
JAR=$(ls "$CLONE_DIR"/target/techniekpact-platform-*.jar | grep -v '\.original$' | head -1)
[[ -f $JAR ]] || die "no jar in $CLONE_DIR/target"

# ---------------------------------------------------------------------------------------------- app
if [[ $FRESH_DB == 1 ]]; then
    case $PG_DATA in /tmp/?*) rm -rf "$PG_DATA" ;; *) die "FRESH_DB=1 only wipes data directories under /tmp" ;; esac
fi
log "starting app on $APP_URL (data directory $PG_DATA)"
# shellcheck disable=SC2086
(cd "$CLONE_DIR" && TECHNIEKPACT_EMBEDDED_DB_DATA_DIRECTORY="$PG_DATA" exec "$JAVA" $JAVA_OPTS -jar "$JAR" \
    --server.port="$APP_PORT" >"$RUN_DIR/app.log" 2>&1) &
APP_PID=$!

wait_ready() {
    local page code
    for _ in $(seq 240); do
        kill -0 "$APP_PID" 2>/dev/null || die "app exited; see $RUN_DIR/app.log"
        # The pact data loader runs after the context has started: wait for its log line, then for 200s.
        if grep -q 'Pact data:' "$RUN_DIR/app.log"; then
            local ok=1
            for page in $PAGES; do
                code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$APP_URL$page" || true)
                [[ $code == 200 ]] || ok=0
            done
            [[ $ok == 1 ]] && return 0
        fi
        sleep 1
    done
    die "app not ready after 240 s; see $RUN_DIR/app.log"
}
wait_ready
log "app ready: $(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$RUN_DIR/app.log" | head -1); $(grep -o 'Pact data:.*' "$RUN_DIR/app.log" | head -1)"
echo "app jvm:     $(grep -o 'Starting [A-Za-z]* v[^ ]* using Java [^ ]*' "$RUN_DIR/app.log" | head -1)" >>"$RUN_DIR/machine.txt"

# ---------------------------------------------------------------------------------------------- saved HTML
file_for() { # URL path -> file under www
    local p=$1
    [[ $p == */ ]] && p="${p}index.html"
    echo "$RUN_DIR/www$p"
}
{
    printf 'page\tbody_bytes\tcontent_type\tcontent_encoding_without_accept_encoding\tcontent_encoding_with_gzip\n'
    for page in $PAGES; do
        f=$(file_for "$page")
        mkdir -p "$(dirname "$f")"
        curl -sS --fail -o "$f" "$APP_URL$page"
        plain=$(curl -s -D - -o /dev/null "$APP_URL$page" | tr -d '\r')
        gz=$(curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "$APP_URL$page" | tr -d '\r')
        printf '%s\t%s\t%s\t%s\t%s\n' "$page" "$(stat -c %s "$f")" \
            "$(grep -i '^content-type:' <<<"$plain" | cut -d' ' -f2-)" \
            "$(grep -i '^content-encoding:' <<<"$plain" | cut -d' ' -f2- || true)" \
            "$(grep -i '^content-encoding:' <<<"$gz" | cut -d' ' -f2- || true)"
    done
} >"$RUN_DIR/pages.tsv"
chmod -R a+rX "$RUN_DIR/www"

# ---------------------------------------------------------------------------------------------- nginx
cat >"$RUN_DIR/nginx.conf" <<EOF
# nginx serving the HTML saved from the app, for the HTTP benchmark (generated by bench/http-benchmark.sh)
worker_processes 2;
daemon off;
pid $RUN_DIR/nginx.pid;
error_log $RUN_DIR/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    gzip off;
    sendfile on;
    tcp_nopush on;
    types { }
    default_type text/html;
    charset utf-8;
    client_body_temp_path $RUN_DIR/nginx-tmp/body;
    proxy_temp_path $RUN_DIR/nginx-tmp/proxy;
    fastcgi_temp_path $RUN_DIR/nginx-tmp/fastcgi;
    uwsgi_temp_path $RUN_DIR/nginx-tmp/uwsgi;
    scgi_temp_path $RUN_DIR/nginx-tmp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $RUN_DIR/www;
        index index.html;
        location / { try_files \$uri \$uri/ =404; }
    }
}
EOF
"$NGINX" -t -q -c "$RUN_DIR/nginx.conf" -p "$RUN_DIR" 2>>"$RUN_DIR/nginx-error.log" || die "nginx config test failed"
log "starting nginx on $NGINX_URL"
"$NGINX" -c "$RUN_DIR/nginx.conf" -p "$RUN_DIR" &
NGINX_PID=$!
for _ in $(seq 50); do curl -s -o /dev/null "$NGINX_URL/" && break; sleep 0.2; done
for page in $PAGES; do
    cmp -s <(curl -s "$NGINX_URL$page") "$(file_for "$page")" || die "nginx does not serve the saved $page"
    ctype=$(curl -s -D - -o /dev/null "$NGINX_URL$page" | tr -d '\r' | grep -i '^content-type:' | cut -d' ' -f2-)
    [[ $ctype == text/html* ]] || die "nginx serves $page as '$ctype'"
done

# ---------------------------------------------------------------------------------------------- wrk
cat >"$RUN_DIR/report.lua" <<'EOF'
-- prints one machine-readable line after the run; defines no request/response hooks, so wrk stays on its fast path
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d bytes=%d connect=%d read=%d write=%d status=%d timeout=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
EOF

slug() { local s=${1//\//_}; echo "${s:-_}"; }

# CPU used by processes that are not part of this benchmark (another build or test run on the same machine
# disturbs the figures). Prints "pid ppid ticks comm" for every process; foreign_cpu compares two snapshots,
# leaving out this script's process tree and the embedded PostgreSQL of $PG_DATA with its children.
cpu_snapshot() {
    local f
    for f in /proc/[0-9]*/stat; do cat "$f" 2>/dev/null || true; echo; done |
        awk 'NF { i = index($0, "("); j = match($0, /\) [A-Za-z] /); if (!j) next
                  comm = substr($0, i + 1, j - i - 1); gsub(/ /, "_", comm); split(substr($0, j + 2), r, " ")
                  print $1, r[2], r[12] + r[13], comm }'
}
foreign_cpu() { # before-file after-file seconds -> "percent-of-one-core top-command"
    local pm
    pm=$(ps -eo pid,args | awk -v d="$PG_DATA" '$0 ~ ("postgres -D " d " ") && $2 ~ /bin\/postgres$/ {print $1; exit}')
    awk -v self=$$ -v pm="${pm:-0}" -v secs="$3" -v hz="$(getconf CLK_TCK)" '
        FNR == NR { before[$1] = $3; next }
        { ppid[$1] = $2; ticks[$1] = $3; comm[$1] = $4 }
        END {
            mine[self] = 1; if (pm) mine[pm] = 1
            do { changed = 0; for (p in ppid) if (!(p in mine) && (ppid[p] in mine)) { mine[p] = 1; changed = 1 } } while (changed)
            for (p in ticks) if (!(p in mine)) { d = ticks[p] - (p in before ? before[p] : 0); if (d > 0) { tot += d; by[comm[p]] += d } }
            top = "-"; for (c in by) if (by[c] > max) { max = by[c]; top = c }
            printf "%.0f\t%s\n", 100 * tot / hz / secs, (tot > 0 ? top : "-") }' "$1" "$2"
}

# run_wrk <server-name> <base-url> <page> <connections> <duration> [record]
run_wrk() {
    local name=$1 base=$2 page=$3 conns=$4 dur=$5 record=${6:-}
    local out="$RUN_DIR/wrk/${record:-warmup}-$name-c$conns$(slug "$page").txt"
    local tag="(warm-up, discarded)"
    [[ -n $record ]] && tag="(measured)"
    log "wrk -t$THREADS -c$conns -d$dur --latency $base$page $tag"
    cpu_snapshot >"$RUN_DIR/cpu-before"
    local t0=$EPOCHREALTIME
    "$WRK" -t"$THREADS" -c"$conns" -d"$dur" --latency -s "$RUN_DIR/report.lua" "$base$page" >"$out" 2>&1 || true
    cpu_snapshot >"$RUN_DIR/cpu-after"
    [[ -n $record ]] || return 0
    local others
    others=$(foreign_cpu "$RUN_DIR/cpu-before" "$RUN_DIR/cpu-after" "$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN {print b - a}')")
    [[ ${others%%$'\t'*} -ge 10 ]] && log "WARNING: other processes used ${others%%$'\t'*}% CPU during this run (mostly ${others#*$'\t'})"
    local line
    line=$(grep '^RESULT ' "$out" || true)
    [[ -n $line ]] || die "no wrk result in $out"
    # shellcheck disable=SC2086
    (eval "${line#RESULT }"
     secs=$(awk -v d="$duration_us" 'BEGIN {printf "%.2f", d/1e6}')
     awk -v page="$page" -v name="$name" -v c="$conns" -v n="$requests" -v s="$secs" -v b="$bytes" \
         -v p50="$p50_us" -v p90="$p90_us" -v p99="$p99_us" -v mx="$max_us" \
         -v sock=$((connect + read + write + timeout)) -v st="$status" 'BEGIN {
            printf "%s\t%s\t%d\t%d\t%s\t%.1f\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%d\t%s\n", page, name, c, n, s, n / s,
                p50 / 1000, p90 / 1000, p99 / 1000, mx / 1000, sock, st, (n > 0 ? sprintf("%.0f", b / n) : "-") }' | tr -d '\n'
     printf '\t%s\n' "$others") >>"$RESULTS"
}

# Before a measured run: wait (at most QUIET_MAX_WAIT s) until processes outside the benchmark use < 10% CPU.
wait_quiet() {
    local t0=$SECONDS o pct
    while :; do
        cpu_snapshot >"$RUN_DIR/cpu-before"
        sleep 3
        cpu_snapshot >"$RUN_DIR/cpu-after"
        o=$(foreign_cpu "$RUN_DIR/cpu-before" "$RUN_DIR/cpu-after" 3)
        pct=${o%%$'\t'*}
        ((pct < 10)) && return 0
        if ((SECONDS - t0 >= QUIET_MAX_WAIT)); then
            log "WARNING: other processes still use $pct% CPU (mostly ${o#*$'\t'}); measuring anyway"
            return 0
        fi
        log "waiting for the machine to go quiet: other processes use $pct% CPU (mostly ${o#*$'\t'})"
        sleep 10
    done
}

# After a run against the app, wait until it answers quickly again (requests stuck on the connection pool are
# released by Hikari's 30 s connection timeout), so one run cannot spill into the next.
settle_app() {
    local t0=$SECONDS code
    while ((SECONDS - t0 < 120)); do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$APP_URL/actions/2013-A01" || true)
        if [[ $code == 200 ]]; then
            code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$APP_URL/" || true)
            [[ $code == 200 ]] && break
        fi
        sleep 1
    done
    ((SECONDS - t0 > 2)) && log "app needed $((SECONDS - t0)) s to answer promptly again"
    sleep 3
}

log "warm-up: $WARMUP per page at $WARMUP_CONNECTIONS connections (below the Hikari pool size of 20; see docs)"
for page in $PAGES; do
    run_wrk app "$APP_URL" "$page" "$WARMUP_CONNECTIONS" "$WARMUP"
    settle_app
    run_wrk nginx "$NGINX_URL" "$page" "$CONNECTIONS" 5s
done

measure() { # connections label
    local conns=$1 label=$2 page
    for page in $PAGES; do
        wait_quiet
        run_wrk app "$APP_URL" "$page" "$conns" "$DURATION" "$label"
        settle_app
        wait_quiet
        run_wrk nginx "$NGINX_URL" "$page" "$conns" "$DURATION" "$label"
        sleep 3
    done
}
measure "$CONNECTIONS" main
if [[ -n $LOW_CONNECTIONS ]]; then
    measure "$LOW_CONNECTIONS" low
fi

grep -c 'Failed to obtain JDBC Connection' "$RUN_DIR/app.log" >"$RUN_DIR/app-pool-errors.txt" || true

stop_nginx
stop_app

report
