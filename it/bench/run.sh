#!/usr/bin/env bash
# Builds what the benchmarks need and runs all of them, then writes one report of figures and
# ratios against baselines measured in this same run:
#
#   it/bench/run.sh            full run: JMH (1 fork, 3 x 1 s warm-up, 4 x 1 s), generate for
#                              N = 100, 1,000, 2,000, 5,000, publishing: 3 rounds of 50,000 events as
#                              fast as possible plus 6,000 paced at 2,000/s
#   it/bench/run.sh --quick    smoke run: JMH (1 x 1 s, 2 x 1 s), N = 100 only, 1 publishing
#                              round of 10,000 events
#
# Output: it/bench/target/bench-results/{machine.txt,jmh.json,jmh.txt,codegen.csv,publish.csv,report.md}.
# Nothing is installed into ~/.m2: the harness runs from the reactor's target folders.
# Numbers are only comparable within one run; run on an otherwise idle machine.
set -euo pipefail

MODE=full
for arg in "$@"; do
  case "$arg" in
    --quick) MODE=quick ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg (use --quick or nothing)" >&2; exit 2 ;;
  esac
done

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BENCH=$ROOT/it/bench
OUT=$BENCH/target/bench-results
WORK=$BENCH/target/codegen-work
start=$(date +%s)

echo "== building the SDK, the plugin and the harness (profile bench, tests skipped)"
mvn -B -ntp -q -pl it/bench -am -DskipTests -Pbench package

rm -rf "$OUT" "$WORK"
mkdir -p "$OUT"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "mode: $MODE"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cpus: $(nproc)"
  echo "cpu model: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "jvm: $(java -version 2>&1 | sed -n 3p)"
  echo "maven: $(mvn -version 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt"

CP="$BENCH/target/classes:$(cat "$BENCH/target/bench.classpath")"

echo "== serialization and validation (JMH)"
java -cp "$CP" io.onex.bench.codec.CodecBenchmarks "$OUT/jmh.json" "$MODE" | tee "$OUT/jmh.txt"

echo "== code generation"
if [ "$MODE" = quick ]; then
  java -cp "$CP" io.onex.bench.codegen.CodegenBenchmark "$WORK" "$OUT/codegen.csv" 100 1
else
  java -cp "$CP" io.onex.bench.codegen.CodegenBenchmark "$WORK" "$OUT/codegen.csv" 100,1000,2000,5000 3
fi

echo "== publishing (embedded broker)"
java -cp "$CP" io.onex.bench.publish.PublishBenchmark "$OUT/publish.csv" "$MODE"

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
echo "elapsed: $(( $(date +%s) - start )) s" >> "$OUT/machine.txt"
java -cp "$CP" io.onex.bench.report.Report "$OUT"
echo "== report: $OUT/report.md ($(( $(date +%s) - start )) s)"
