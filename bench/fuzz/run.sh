#!/usr/bin/env bash
# Fuzzes every parser of outside files with Jazzer (ParserFuzzTest), one method per JVM, each for
# 1,000,000 executions (the @FuzzTest's maxExecutions), and prints a line per parser: executions, seconds,
# executions per second, coverage, corpus size, findings. The generated corpus is kept in the repository as
# bench/fuzz/corpus/<method>.tar.gz: unpacked before a run (the fuzzer continues from it) and packed after.
# Findings are written to src/test/resources/nl/techniekpact/importers/ParserFuzzTestInputs/<method>/crash-*
# and replayed by every normal test run from then on.
#
#   bench/fuzz/run.sh                      # all parsers
#   bench/fuzz/run.sh duoCsv mappedXlsx    # some
set -euo pipefail
cd "$(dirname "$0")/../.."
METHODS=("$@")
if [ ${#METHODS[@]} -eq 0 ]; then
  METHODS=(columnMapping mappedCsv cbsCsv cbsOData3 cbsOData4 geoJson duoCsv mappedXlsx)
fi
CORPUS=.cifuzz-corpus/nl.techniekpact.importers.ParserFuzzTest
LOGS=target/fuzz
mkdir -p "$LOGS" "$CORPUS" bench/fuzz/corpus
./mvnw -q -DskipTests test-compile
printf '%-14s %12s %8s %9s %6s %8s %s\n' parser executions seconds exec/s cov corpus result
for method in "${METHODS[@]}"; do
  if [ -f "bench/fuzz/corpus/$method.tar.gz" ] && [ ! -d "$CORPUS/$method" ]; then
    tar -xzf "bench/fuzz/corpus/$method.tar.gz" -C "$CORPUS"
  fi
  log="$LOGS/$method.log"
  start=$(date +%s)
  if ./mvnw -q -o -Pfuzz test -Dtest="ParserFuzzTest#$method" >"$log" 2>&1; then result=clean; else result=FINDING; fi
  seconds=$(( $(date +%s) - start ))
  done_line=$(grep -a -E '^Done [0-9]+ runs' "$log" | tail -n 1 || true)
  runs=$(sed -E 's/^Done ([0-9]+) runs.*/\1/' <<<"$done_line")
  stats=$(grep -a -E '^#[0-9]+' "$log" | tail -n 1 || true)
  cov=$(grep -oE 'cov: [0-9]+' <<<"$stats" | cut -d' ' -f2 || true)
  files=$(find "$CORPUS/$method" -type f 2>/dev/null | wc -l)
  rate=$(( ${runs:-0} / (seconds > 0 ? seconds : 1) ))
  printf '%-14s %12s %8s %9s %6s %8s %s\n' "$method" "${runs:-?}" "$seconds" "$rate" "${cov:-?}" "$files" "$result"
  tar -czf "bench/fuzz/corpus/$method.tar.gz" -C "$CORPUS" "$method"
done
