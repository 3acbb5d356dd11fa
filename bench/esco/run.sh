#!/usr/bin/env bash
#
# ESCO search benchmark: the platform's autocomplete (GET /api/v1/esco/search over HTTP, the in-memory
# ConceptIndex) against plain PostgreSQL answering the same queries on the same tables, at 32 concurrent users.
# Method and recorded results: docs/benchmarks.md, section "ESCO search".
#
# What it does:
#   1. writes the query mix: every query of src/test/resources/esco/search-quality-nl.tsv and every prefix of it
#      as people type it ("l", "la", "las", "lass", "lasse", "lasser"), one a line, duplicates kept;
#   2. clones the repository's committed state into $CLONE_DIR (or reuses that clone) and builds the jar there,
#      so the working tree is never built or touched;
#   3. starts the app on 127.0.0.1:$APP_PORT with its own embedded PostgreSQL ($PG_DATA, fresh, port $PG_PORT);
#      the bundled ESCO files load at start-up; ready when readiness is UP and "lasser" is found;
#   4. in that database (throwaway): the query table, pg_trgm, two helper functions and the baselines' indexes
#      (setup.sql), EXPLAIN ANALYZE of each baseline for a few queries, and the top 5 of each engine for them;
#   5. warm-up (discarded): $WARMUP of each engine at $CONNECTIONS connections;
#   6. $ROUNDS rounds, each: app (wrk -t$THREADS -c$CONNECTIONS, http.lua draws the queries), then the
#      baselines through pgbench -c$CONNECTIONS -j$THREADS -M prepared: ilike.sql, trgm.sql, fts.sql (each
#      draws a query id, reads the text with \gset and sends the statement with the text as bound parameter);
#      before each row it waits for a quiet machine and records the CPU other processes used during the row;
#   7. stops the app (its shutdown hook stops its PostgreSQL) and prints the results table.
#
# Usage:   bench/esco/run.sh
# Options (environment variables, defaults in brackets):
#   REPO_DIR [the repository of this script]   CLONE_DIR [/tmp/bench-esco-clone]   SKIP_BUILD=1 [0]
#   JAVA [/usr/lib/jvm/temurin-25-jdk-amd64/bin/java]   JAVA_OPTS []
#   PG_DATA [/tmp/bench-esco-pg] (wiped first)   RUN_DIR [/tmp/techniekpact-bench-esco]
#   APP_PORT [18090]   PG_PORT [55450]   (8080 is refused)
#   CONNECTIONS [32]   THREADS [2]   DURATION [30] (s)   WARMUP [20] (s)   ROUNDS [2]   THINK_MS [none: closed loop]
#   ENGINES [app ilike trgm fts]   SERIAL=0 skips the serial pass (every distinct query once against the app) [1]
#   QUIET_MAX_WAIT    wait up to this many seconds for other processes to use < 10% CPU; 0 = do not wait [300]
#   REPORT_ONLY=1     only print the table of the last run in RUN_DIR
#
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=${REPO_DIR:-$(git -C "$SCRIPT_DIR" rev-parse --show-toplevel)}
CLONE_DIR=${CLONE_DIR:-/tmp/bench-esco-clone}
SKIP_BUILD=${SKIP_BUILD:-0}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVA_OPTS=${JAVA_OPTS:-}
PG_DATA=${PG_DATA:-/tmp/bench-esco-pg}
RUN_DIR=${RUN_DIR:-/tmp/techniekpact-bench-esco}
APP_PORT=${APP_PORT:-18090}
PG_PORT=${PG_PORT:-55450}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-20}
ROUNDS=${ROUNDS:-2}
ENGINES=${ENGINES:-"app ilike trgm fts"}
SERIAL=${SERIAL:-1}
QUIET_MAX_WAIT=${QUIET_MAX_WAIT:-300}
WRK=${WRK:-wrk}
PGBENCH=${PGBENCH:-pgbench}
PSQL=${PSQL:-psql}

APP_URL="http://127.0.0.1:$APP_PORT"
APP_PID=""
RESULTS="$RUN_DIR/results.tsv"
export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=techniekpact
# the platform's own sessions plan every statement with its values (application.yml); notices (a query of only
# stop words) would flood pgbench's output
export PGOPTIONS="-c plan_cache_mode=force_custom_plan -c client_min_messages=warning"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------------------------------------- report
report() {
    {
        echo "## Machine"
        echo
        sed 's/^/    /' "$RUN_DIR/machine.txt"
        echo
        echo "## Results ($CONNECTIONS concurrent connections, closed loop; latency per request in ms)"
        echo
        echo '| round | engine | requests | req/s | p50 | p95 | p99 | max | errors | server CPU ms/request (app + PostgreSQL) | other CPU % |'
        echo '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
        tail -n +2 "$RESULTS" | awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %.2f (%.2f + %.2f) | %s |\n", $1, $2, $3, $5, $6, $7, $8, $9, $10, ($3 > 0 ? 1000 * ($13 + $14) / $3 : 0), ($3 > 0 ? 1000 * $13 / $3 : 0), ($3 > 0 ? 1000 * $14 / $3 : 0), $11 ($12 != "-" ? " (" $12 ")" : "")}'
        echo
        echo "engines: app = GET /api/v1/esco/search (HTTP, JSON, the in-memory index), through wrk;"
        echo "ilike = ILIKE '%q%' without index, trgm = the same through a pg_trgm GIN index, fts = full-text prefix"
        echo "query through GIN indexes, each straight to PostgreSQL through pgbench (no HTTP, no application)."
        echo "server CPU ms/request: CPU time of the app's JVM and of PostgreSQL during the row divided by the responses"
        echo "(from /proc; it does not depend on how much of the shared machine the row got)."
        echo "other CPU %: CPU used by processes outside the benchmark during the row, in % of one core (of 200 %)."
        echo "Raw output: $RUN_DIR/raw/; EXPLAIN: $RUN_DIR/explain.txt; top 5 per engine: $RUN_DIR/top5.txt"
    } | tee "$RUN_DIR/results.md"
}

if [[ ${REPORT_ONLY:-0} == 1 ]]; then
    report
    exit 0
fi

# ---------------------------------------------------------------------------------------------- checks
[[ $APP_PORT == 8080 ]] && die "port 8080 is reserved; pick another port"
for tool in "$JAVA" "$WRK" "$PGBENCH" "$PSQL" curl git perl; do
    command -v "$tool" >/dev/null || die "missing tool: $tool (wrk: apt-get install wrk; pgbench, psql: postgresql-client)"
done
for port in "$APP_PORT" "$PG_PORT"; do
    [[ -z $(ss -ltnH "sport = :$port") ]] || die "port $port is already in use"
done
case $PG_DATA in /tmp/?*) ;; *) die "PG_DATA must be under /tmp (it is wiped)" ;; esac
processes=$(ps -eo args)
if grep -q -- "-D $PG_DATA " <<<"$processes"; then
    die "a PostgreSQL server is already running on $PG_DATA"
fi
rm -rf "$RUN_DIR/raw"
mkdir -p "$RUN_DIR/raw"
chmod 755 "$RUN_DIR"
printf 'round\tengine\trequests\tseconds\treq_per_s\tp50_ms\tp95_ms\tp99_ms\tmax_ms\terrors\tother_cpu_pct\tother_top\tapp_cpu_s\tpostgres_cpu_s\n' >"$RESULTS"

# ---------------------------------------------------------------------------------------------- the query mix
QUERIES="$RUN_DIR/queries.txt"
grep -v '^#' "$REPO_DIR/src/test/resources/esco/search-quality-nl.tsv" | cut -f1 | grep -v '^$' |
    perl -CSD -ne 'chomp; for my $n (1 .. length) { print substr($_, 0, $n), "\n" }' >"$QUERIES"
chmod 644 "$QUERIES"
NQ=$(wc -l <"$QUERIES")
log "query mix: $NQ queries ($(grep -vc '^#' "$REPO_DIR/src/test/resources/esco/search-quality-nl.tsv") queries of the quality set and their prefixes)"

# ---------------------------------------------------------------------------------------------- cleanup
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
    local pid
    pid=$(postmaster_pid)
    if [[ -n $pid ]]; then
        log "PostgreSQL on $PG_DATA still running (pid $pid); stopping it"
        local pgctl
        pgctl="$(dirname "$(readlink "/proc/$pid/exe")")/pg_ctl"
        if [[ $(ps -o user= -p "$pid" | tr -d ' ') == nobody && $(id -u) == 0 ]]; then
            setpriv --reuid=65534 --regid=65534 --clear-groups -- "$pgctl" -D "$PG_DATA" stop -m fast || true
        else
            "$pgctl" -D "$PG_DATA" stop -m fast || true
        fi
    fi
}
postmaster_pid() {
    ps -eo pid,args | awk -v d="$PG_DATA" '$0 ~ ("postgres -D " d " ") && $2 ~ /bin\/postgres$/ {print $1; exit}'
}
trap 'rc=$?; stop_app; exit $rc' EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------- machine, build
{
    echo "date:        $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "nproc:       $(nproc)"
    echo "cpu model:   $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "memory:      $(awk '/MemTotal/ {printf "%.1f GiB", $2/1024/1024}' /proc/meminfo)"
    echo "kernel:      $(uname -sr)"
    echo "java:        $("$JAVA" -version 2>&1 | head -1)"
    echo "wrk:         $("$WRK" -v 2>&1 | head -1)"
    echo "pgbench:     $("$PGBENCH" --version)"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min); sched_autogroup_enabled=$(cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null || echo n/a)"
    echo "measurement: $ROUNDS rounds of ${DURATION}s per engine at $CONNECTIONS connections, $THREADS client threads; warm-up ${WARMUP}s per engine"
    echo "query mix:   $NQ queries (the search-quality set and its prefixes), drawn uniformly at random"
} >"$RUN_DIR/machine.txt"

if [[ -d $CLONE_DIR/.git ]]; then
    log "reusing clone $CLONE_DIR (pulling the latest committed state of $REPO_DIR)"
    git -C "$CLONE_DIR" pull -q --ff-only || log "WARNING: could not fast-forward $CLONE_DIR; using it as is"
else
    log "cloning $REPO_DIR into $CLONE_DIR"
    git clone -q "$REPO_DIR" "$CLONE_DIR"
fi
echo "commit:      $(git -C "$CLONE_DIR" log -1 --format='%h %s' | cut -c1-100)" >>"$RUN_DIR/machine.txt"
if [[ $SKIP_BUILD != 1 ]]; then
    log "building in $CLONE_DIR (mvnw -DskipTests package)"
    (cd "$CLONE_DIR" && ./mvnw -q -DskipTests package)
fi
JAR=$(ls "$CLONE_DIR"/target/techniekpact-platform-*.jar | grep -v '\.original$' | head -1)
[[ -f $JAR ]] || die "no jar in $CLONE_DIR/target"

# ---------------------------------------------------------------------------------------------- app
rm -rf "$PG_DATA"
log "starting app on $APP_URL (PostgreSQL on $PG_PORT, data directory $PG_DATA)"
# shellcheck disable=SC2086
# In its own session, like PostgreSQL (pg_ctl starts it with setsid): with the kernel's autogroup scheduling every
# session gets an equal share of a busy machine, so the app and wrk compete as pgbench and PostgreSQL do.
(cd "$CLONE_DIR" && TECHNIEKPACT_EMBEDDED_DB_DATA_DIRECTORY="$PG_DATA" exec setsid "$JAVA" $JAVA_OPTS -jar "$JAR" \
    --server.port="$APP_PORT" --techniekpact.embedded-db.port="$PG_PORT" >"$RUN_DIR/app.log" 2>&1) &
APP_PID=$!
for i in $(seq 600); do
    kill -0 "$APP_PID" 2>/dev/null || die "app exited; see $RUN_DIR/app.log"
    if curl -s --max-time 5 "$APP_URL/actuator/health/readiness" | grep -q '"UP"' &&
        curl -s --max-time 10 "$APP_URL/api/v1/esco/search?q=lasser" | grep -q '"label":"lasser"'; then
        break
    fi
    ((i == 600)) && die "app not ready after 600 s; see $RUN_DIR/app.log"
    sleep 1
done
log "app ready: $(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$RUN_DIR/app.log" | head -1); $(grep -o 'ESCO search index:.*' "$RUN_DIR/app.log" | head -1)"
echo "app:         $(grep -o 'Starting [A-Za-z]* v[^ ]* using Java [^ ]*' "$RUN_DIR/app.log" | head -1); $(grep -o 'ESCO search index:.*' "$RUN_DIR/app.log" | head -1)" >>"$RUN_DIR/machine.txt"
echo "postgresql:  $("$PSQL" -XAtc 'show server_version') (the product's embedded server and settings)" >>"$RUN_DIR/machine.txt"

# ---------------------------------------------------------------------------------------------- baselines' setup
log "setting up the baselines (setup.sql: query table, pg_trgm, indexes)"
"$PSQL" -X -q -v ON_ERROR_STOP=1 -v queries="$QUERIES" -f "$SCRIPT_DIR/setup.sql" >"$RUN_DIR/setup.txt"
echo "data:        $(tail -n 3 "$RUN_DIR/setup.txt" | head -1 | tr -s ' ')  (queries | concepts | label rows | labels | languages)" >>"$RUN_DIR/machine.txt"

# A pgbench script's statement for psql: the typed text as psql variable :'q'.
sql_for() { # script -> statement
    sed -e '/^\\set/d' -e '/gset$/d' -e '/^--/d' -e "s/:q::text/:'q'::text/g" "$SCRIPT_DIR/$1.sql"
}
{
    for q in lasser las l "monteur industriele machines"; do
        for engine in ilike trgm fts; do
            echo "=== $engine: '$q'"
            { echo "explain (analyze, buffers, costs off)"; sql_for "$engine"; } | "$PSQL" -X -q -v q="$q" 2>&1
        done
    done
} >"$RUN_DIR/explain.txt"
{
    for q in lasser las l elektricien "monteur industriele machines"; do
        echo "=== '$q'"
        echo "app:   $(curl -s --get --data-urlencode "q=$q" --data limit=5 "$APP_URL/api/v1/esco/search" |
            grep -o '"label":"[^"]*"' | cut -d'"' -f4 | paste -sd '|')"
        for engine in ilike trgm fts; do
            echo "$engine: $(sql_for "$engine" | "$PSQL" -X -q -At -v q="$q" | head -5 | cut -d'|' -f3 | paste -sd '|')"
        done
    done
} >"$RUN_DIR/top5.txt"

# ---------------------------------------------------------------------------------------------- load
# CPU used by processes that are not part of this benchmark ("pid ppid ticks comm" snapshots; the script's own
# process tree and the embedded PostgreSQL of $PG_DATA with its children are left out).
cpu_snapshot() {
    local f
    for f in /proc/[0-9]*/stat; do cat "$f" 2>/dev/null || true; echo; done |
        awk 'NF { i = index($0, "("); j = match($0, /\) [A-Za-z] /); if (!j) next
                  comm = substr($0, i + 1, j - i - 1); gsub(/ /, "_", comm); split(substr($0, j + 2), r, " ")
                  print $1, r[2], r[12] + r[13], comm, r[14] + r[15] }'
}
# CPU seconds the servers used between two snapshots: the app's JVM, and PostgreSQL of $PG_DATA (the postmaster,
# its live children, and the children that ended in between through the postmaster's cutime/cstime)
server_cpu() { # before-file after-file -> "app-seconds<TAB>postgres-seconds"
    awk -v app="$APP_PID" -v pm="$(postmaster_pid)" -v hz="$(getconf CLK_TCK)" '
        FNR == NR { bt[$1] = $3; bp[$1] = $2; bc[$1] = $5; next }
        { at[$1] = $3; ap[$1] = $2; ac[$1] = $5 }
        END {
            a = (app in at) ? at[app] - bt[app] : 0
            g = at[pm] + ac[pm] - bt[pm] - bc[pm]
            for (p in at) if (ap[p] == pm) g += at[p] - ((p in bt) ? bt[p] : 0)
            for (p in bt) if (bp[p] == pm && !(p in at)) g -= bt[p]
            printf "%.2f\t%.2f\n", a / hz, g / hz }' "$1" "$2"
}
foreign_cpu() { # before-file after-file seconds -> "percent-of-one-core<TAB>top-command"
    awk -v self=$$ -v pm="$(postmaster_pid)" -v secs="$3" -v hz="$(getconf CLK_TCK)" '
        FNR == NR { before[$1] = $3; next }
        { ppid[$1] = $2; ticks[$1] = $3; comm[$1] = $4 }
        END {
            mine[self] = 1; if (pm) mine[pm] = 1
            do { changed = 0; for (p in ppid) if (!(p in mine) && (ppid[p] in mine)) { mine[p] = 1; changed = 1 } } while (changed)
            for (p in ticks) if (!(p in mine)) { d = ticks[p] - (p in before ? before[p] : 0); if (d > 0) { tot += d; by[comm[p]] += d } }
            top = "-"; for (c in by) if (by[c] > max) { max = by[c]; top = c }
            printf "%.0f\t%s\n", 100 * tot / hz / secs, (tot > 0 ? top : "-") }' "$1" "$2"
}
wait_quiet() {
    local t0=$SECONDS o pct
    while :; do
        cpu_snapshot >"$RUN_DIR/cpu-before"; sleep 3; cpu_snapshot >"$RUN_DIR/cpu-after"
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

# run <engine> <seconds> [round]: one row; without a round it is a warm-up and nothing is recorded
run() {
    local engine=$1 secs=$2 round=${3:-} out line t0 others
    if [[ -n $round ]]; then
        out="$RUN_DIR/raw/r$round-$engine"
        log "$engine: ${secs}s at $CONNECTIONS connections (round $round)"
    else
        out="$RUN_DIR/raw/warmup-$engine"
        log "$engine: ${secs}s at $CONNECTIONS connections (warm-up, discarded)"
    fi
    cpu_snapshot >"$RUN_DIR/cpu-before"
    t0=$EPOCHREALTIME
    if [[ $engine == app ]]; then
        THINK_MS="${THINK_MS:-}" ESCO_QUERIES="$QUERIES" "$WRK" -t"$THREADS" -c"$CONNECTIONS" -d"${secs}s" -s "$SCRIPT_DIR/http.lua" "$APP_URL/" \
            >"$out.txt" 2>&1 || true
    else
        rm -f "$out".log*
        "$PGBENCH" -n -M prepared ${THINK_MS:+-R $((CONNECTIONS * 1000 / THINK_MS))} -c "$CONNECTIONS" -j "$THREADS" -T "$secs" -D nq="$NQ" -f "$SCRIPT_DIR/$engine.sql" \
            -l --log-prefix="$out.log" >"$out.txt" 2>&1 || true
    fi
    cpu_snapshot >"$RUN_DIR/cpu-after"
    [[ -n $round ]] || { rm -f "$out".log*; return 0; }
    others=$(foreign_cpu "$RUN_DIR/cpu-before" "$RUN_DIR/cpu-after" "$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN {print b - a}')")
    local used
    used=$(server_cpu "$RUN_DIR/cpu-before" "$RUN_DIR/cpu-after")
    [[ ${others%%$'\t'*} -ge 10 ]] && log "WARNING: other processes used ${others%%$'\t'*}% CPU during this row (mostly ${others#*$'\t'})"
    if [[ $engine == app ]]; then
        line=$(grep '^RESULT ' "$out.txt" || true)
        [[ -n $line ]] || die "no wrk result in $out.txt"
        (eval "${line#RESULT }"
         awk -v r="$round" -v e="$engine" -v n="$requests" -v d="$duration_us" -v p50="$p50_us" -v p95="$p95_us" \
             -v p99="$p99_us" -v mx="$max_us" -v err=$((connect + read + write + timeout + status)) 'BEGIN {
                printf "%s\t%s\t%d\t%.2f\t%.1f\t%.2f\t%.2f\t%.2f\t%.2f\t%d", r, e, n, d / 1e6, n / (d / 1e6),
                    p50 / 1000, p95 / 1000, p99 / 1000, mx / 1000, err }'
         printf '\t%s\t%s\n' "$others" "$used") >>"$RESULTS"
    else
        # per-transaction log lines: client transaction latency_us script epoch epoch_us; nearest-rank percentiles
        local failed
        failed=$(grep -Eo 'number of failed transactions: [0-9]+' "$out.txt" | grep -Eo '[0-9]+$' || echo 0)
        grep -q 'number of transactions actually processed' "$out.txt" || die "pgbench failed: see $out.txt"
        local tps
        tps=$(grep -Eo 'tps = [0-9.]+ \(without' "$out.txt" | grep -Eo '[0-9.]+')
        (cat "$out".log* | awk '{print $3}' | sort -n | awk -v r="$round" -v e="$engine" -v s="$secs" -v f="$failed" -v tps="$tps" '
            { v[NR] = $1 }
            function pct(p,  k) { k = int(p * NR / 100 + 0.999999); if (k < 1) k = 1; return v[k] / 1000 }
            END { printf "%s\t%s\t%d\t%.2f\t%.1f\t%.2f\t%.2f\t%.2f\t%.2f\t%d", r, e, NR, s, tps,
                      pct(50), pct(95), pct(99), v[NR] / 1000, f }'
         printf '\t%s\t%s\n' "$others" "$used") >>"$RESULTS"
        rm -f "$out".log*
    fi
}

log "warm-up: ${WARMUP}s per engine"
for engine in $ENGINES; do
    run "$engine" "$WARMUP"
done
# One request at a time, every distinct query once (after the warm-up): which queries cost the app most.
if [[ $SERIAL == 1 && " $ENGINES " == *" app "* ]]; then
    log "serial pass: every distinct query once, one at a time (curl)"
    sort -u "$QUERIES" | while IFS= read -r q; do
        printf '%s\t%s\n' "$(curl -s -o /dev/null -w '%{time_total}' --get --data-urlencode "q=$q" "$APP_URL/api/v1/esco/search")" "$q"
    done | sort -rn >"$RUN_DIR/serial-app.tsv"
    awk -F'\t' '{ v[NR] = $1 * 1000 } END { printf "serial:      %d distinct queries one at a time: p50 %.1f ms, p95 %.1f ms, max %.1f ms (curl time_total)\n", NR, v[int(NR * 0.5) + 1], v[int(NR * 0.05) + 1], v[1] }' \
        "$RUN_DIR/serial-app.tsv" >>"$RUN_DIR/machine.txt"
fi

for round in $(seq "$ROUNDS"); do
    for engine in $ENGINES; do
        wait_quiet
        run "$engine" "$DURATION" "$round"
        sleep 2
    done
done

stop_app
report
