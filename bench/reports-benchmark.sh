#!/usr/bin/env bash
#
# Report benchmark: the full progress report as PDF and all 47 province and labour-market factsheets as PDF,
# produced by the platform (openhtmltopdf), against headless Chromium printing the same HTML to PDF, in the same
# run. See docs/benchmarks.md ("Reports") for the method and the recorded results.
#
#   1. builds the jar from a clone of the committed state (or uses $JAR);
#   2. starts it on 127.0.0.1:$APP_PORT with its own embedded-PostgreSQL data directory and the public source
#      files of ../shared/external-data loaded through the imports; waits until the last import is in;
#   3. warms up (3 documents of each kind, discarded);
#   4. times, interleaved: the progress report PDF (editions 2013 and 2018) $RUNS times each through the API,
#      and Chromium's --print-to-pdf of the same report's HTML from the same server; then all 47 factsheet
#      PDFs one after another through the API, and Chromium printing the 47 HTML factsheets;
#   5. stops what it started and prints the medians.
#
# Usage: bench/reports-benchmark.sh     Options (environment): JAR, CLONE_DIR [/tmp/reports-bench-clone],
#   JAVA [/usr/lib/jvm/temurin-25-jdk-amd64/bin/java], PG_DATA [/tmp/reports-bench-pg], APP_PORT [18090],
#   RUNS [5], SHARED [<repo>/../shared], CHROMIUM [/usr/bin/chromium], RUN_DIR [/tmp/techniekpact-reports-bench]
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(git -C "$SCRIPT_DIR" rev-parse --show-toplevel)
CLONE_DIR=${CLONE_DIR:-/tmp/reports-bench-clone}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PG_DATA=${PG_DATA:-/tmp/reports-bench-pg}
APP_PORT=${APP_PORT:-18090}
RUNS=${RUNS:-5}
SHARED=${SHARED:-$(cd "$REPO_DIR/.." && pwd)/shared}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
RUN_DIR=${RUN_DIR:-/tmp/techniekpact-reports-bench}
APP="http://127.0.0.1:$APP_PORT"

mkdir -p "$RUN_DIR"
if [[ -z "${JAR:-}" ]]; then
    rm -rf "$CLONE_DIR"
    git clone -q "$REPO_DIR" "$CLONE_DIR"
    (cd "$CLONE_DIR" && ./mvnw -q -B -ntp -DskipTests package)
    JAR=$(ls "$CLONE_DIR"/target/techniekpact-platform-*.jar | head -1)
fi
rm -rf "$PG_DATA"
"$JAVA" -jar "$JAR" --server.port="$APP_PORT" --techniekpact.embedded-db.data-directory="$PG_DATA" \
    --techniekpact.monitor.import-directory="$SHARED/external-data" > "$RUN_DIR/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true; wait $APP_PID 2>/dev/null || true' EXIT

echo "waiting for the platform and its imports…"
for _ in $(seq 1 300); do
    if curl -fs "$APP/api/v1/indicators/banen/series?region=NL01" 2>/dev/null | grep -q '"period"'; then break; fi
    sleep 1
done
curl -fs "$APP/api/v1/indicators/banen/series?region=NL01" | grep -q '"period"' || { echo "imports did not finish"; exit 1; }

seconds() { local start end; start=$(date +%s.%N); "$@" > /dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
chrome() { "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$RUN_DIR/chrome-profile" --no-pdf-header-footer \
    --print-to-pdf="$RUN_DIR/chrome.pdf" "$1"; }

CODES=$( (curl -fs "$APP/api/v1/indicators/ho-eerstejaars-techniek/comparison?kind=PROVINCE"; \
          curl -fs "$APP/api/v1/indicators/ho-eerstejaars-techniek/comparison?kind=LABOUR_MARKET_REGION") \
        | grep -o '"code":"\(PV\|AM\)[0-9]*"' | cut -d'"' -f4 | sort -u)
echo "factsheet regions: $(echo "$CODES" | wc -l)"

for warm in 1 2 3; do
    curl -fs -o /dev/null "$APP/api/v1/reports/progress?edition=2018&format=pdf"
    curl -fs -o /dev/null "$APP/api/v1/factsheets/PV27?format=pdf"
    chrome "$APP/api/v1/reports/progress?edition=2018&format=html" > /dev/null 2>&1 || true
done
# Chromium's own start and stop, printing an empty page: the fixed cost inside every peer measurement.
for _ in $(seq "$RUNS"); do seconds chrome "about:blank"; done | median > "$RUN_DIR/chrome-blank"

: > "$RUN_DIR/results"
for edition in 2013 2018; do
    app=(); peer=()
    for _ in $(seq "$RUNS"); do
        app+=("$(seconds curl -fs -o "$RUN_DIR/report-$edition.pdf" "$APP/api/v1/reports/progress?edition=$edition&format=pdf")")
        peer+=("$(seconds chrome "$APP/api/v1/reports/progress?edition=$edition&format=html")")
    done
    pages=$(pdfinfo "$RUN_DIR/report-$edition.pdf" 2>/dev/null | awk '/^Pages/ {print $2}')
    echo "progress-$edition $(printf '%s\n' "${app[@]}" | median) $(printf '%s\n' "${peer[@]}" | median) ${pages:-?}" >> "$RUN_DIR/results"
done
app=(); peer=()
for _ in $(seq "$RUNS"); do
    app+=("$(seconds bash -c "for c in $(echo $CODES); do curl -fs -o /dev/null \"$APP/api/v1/factsheets/\$c?format=pdf\" || exit 1; done")")
    peer+=("$(seconds bash -c "$(declare -f chrome); CHROMIUM=$CHROMIUM RUN_DIR=$RUN_DIR; for c in $(echo $CODES); do chrome \"$APP/api/v1/factsheets/\$c?format=html\"; done")")
done
echo "factsheets-47 $(printf '%s\n' "${app[@]}" | median) $(printf '%s\n' "${peer[@]}" | median) -" >> "$RUN_DIR/results"

echo
echo "| document | platform (openhtmltopdf) median s | Chromium print-to-PDF median s | Chromium / platform | pages |"
echo "|---|---:|---:|---:|---:|"
while read -r name app peer pages; do
    printf '| %s | %.2f | %.2f | %.1f× | %s |\n' "$name" "$app" "$peer" "$(echo "$peer / $app" | bc -l)" "$pages"
done < "$RUN_DIR/results"
printf '\nChromium start+stop on an empty page (included in every Chromium figure): %.2f s\n' "$(cat "$RUN_DIR/chrome-blank")"
