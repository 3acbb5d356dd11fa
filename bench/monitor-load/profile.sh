#!/usr/bin/env bash
#
# JFR profile of each kind of public page (issue 14: "a JFR profile of each page before and after"): builds the
# platform at $REF, starts it on a fresh embedded PostgreSQL with the open-data bundle, and for each page records
# $PROFILE_DURATION of wrk at $PROFILE_CONNECTIONS connections under JFR (settings=profile), twice: the page as a
# visitor asks it (from the page cache where the build has one) and rendered (with ?lang=nl, which no cache
# answers), and the overview and an indicator page for a signed-in office user. Writes $RUN_DIR/profile.md: per page the requests/s and jfr-summary.py's tables.
#
# Usage:   REF=f0056c2 bench/monitor-load/profile.sh     # before issue 14
#          bench/monitor-load/profile.sh                 # the committed state (HEAD)
# Options: REF [HEAD]  PROFILE_DURATION [15s]  PROFILE_CONNECTIONS [4]  and those of run.sh (JAVA, APP_PORT, …)
#
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REF=${REF:-HEAD}
export CLONE_DIR=${CLONE_DIR:-/tmp/monitor-profile-clone-$REF}
export RUN_DIR=${RUN_DIR:-/tmp/techniekpact-monitor-profile/$REF}
export PG_DATA=${PG_DATA:-/tmp/monitor-profile-pg}
PROFILE_DURATION=${PROFILE_DURATION:-15s}
PROFILE_CONNECTIONS=${PROFILE_CONNECTIONS:-4}
# shellcheck source=run.sh
SOURCE_ONLY=1 source "$SCRIPT_DIR/run.sh"

PAGES=(
  "overview|/monitor"
  "indicator page|/monitor/indicatoren/mbo-deelnemers-techniek"
  "comparison|/monitor/indicatoren/mbo-deelnemers-techniek/regios?kind=LABOUR_MARKET_REGION"
  "map, municipalities|/monitor/indicatoren/mbo-deelnemers-techniek/kaart?kind=MUNICIPALITY"
  "factsheet|/factsheets/PV27"
  "series API|/api/v1/indicators/mbo-deelnemers-techniek/series?region=PV27"
)

profile_one() { # label, path, [cookie]
  local file="$RUN_DIR/$(echo "$1" | tr -c 'a-z0-9\n' '-').jfr"
  echo "$2" > "$RUN_DIR/one.txt"
  wrk_run "warm" "$PROFILE_CONNECTIONS" 3s "$RUN_DIR/one.txt" "$APP" "${3:-}"
  jcmd "$APP_PID" JFR.start name=page settings=profile filename="$file" >/dev/null
  wrk_run "$1" "$PROFILE_CONNECTIONS" "$PROFILE_DURATION" "$RUN_DIR/one.txt" "$APP" "${3:-}"
  jcmd "$APP_PID" JFR.stop name=page >/dev/null
  {
    echo "## $1 (\`$2\`)"
    echo
    python3 -c 'import json,sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r.get("label") == sys.argv[2]:
        errors = sum(r[k] for k in ("connect_errors", "read_errors", "write_errors", "timeouts", "non2xx"))
        print("%.0f req/s, p50 %.1f ms, p99 %.1f ms, %d errors" % (r["rps"], r["p50_ms"], r["p99_ms"], errors))' \
      "$RESULTS" "$1"
    echo
    python3 "$SCRIPT_DIR/jfr-summary.py" "$file" "$JFR_BIN"
    echo
  } >> "$RUN_DIR/profile.md"
}

log "building $REF"
rm -rf "$CLONE_DIR"
git clone -q "$REPO_DIR" "$CLONE_DIR"
git -C "$CLONE_DIR" checkout -q "$REF"
(cd "$CLONE_DIR" && ./mvnw -q -ntp -DskipTests package)
log "starting the platform"; start_app
echo "# JFR profiles per page, $(git -C "$CLONE_DIR" rev-parse --short HEAD), $PROFILE_CONNECTIONS connections, $PROFILE_DURATION each" > "$RUN_DIR/profile.md"
for page in "${PAGES[@]}"; do
  label=${page%%|*} path=${page#*|}
  profile_one "$label" "$path"
  if [[ $path == *\?* ]]; then rendered="$path&lang=nl"; else rendered="$path?lang=nl"; fi
  profile_one "$label, rendered" "$rendered"
done
sign_in
profile_one "signed in: overview" "/monitor" "$SESSION"
profile_one "signed in: indicator page" "/monitor/indicatoren/mbo-deelnemers-techniek" "$SESSION"
cat "$RUN_DIR/profile.md"
