#!/usr/bin/env bash
# Runs every benchmark of egovera and prints one table: each operation beside its baseline measured
# in the same run, the ratio, the target and the peak heap; then the command line's start beside
# its floors, and the least heap of the whole run on the large catalogue. Writes the table to
# bench/target/bench/bench-results.{json,md}. See README.md, section "Performance".
#
#   bench/run.sh                 build (mvn package, no tests), then run everything
#   bench/run.sh --no-build ...  run on the existing build
# Further options go to org.egovera.bench.RunAll: --include REGEX (JMH benchmarks to run),
# --presets small,medium (sizes), --skip-jmh, --skip-start, --skip-heap.
# JMH refuses to start while another JMH run holds /tmp/jmh.lock; on a shared machine this run goes
# ahead anyway (-Djmh.ignoreLock): the ratios against baselines measured in the same run are what count.
set -euo pipefail
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd -P)
cd "$root"
if [ "${1:-}" = "--no-build" ]; then
  shift
else
  mvn -B -q package -DskipTests
fi
cd "$root/bench"
exec java -Xss16m -Djmh.ignoreLock=true -cp "target/classes:target/lib/*" org.egovera.bench.RunAll \
  --distribution "$root/cli/target/egovera-dist/egovera" --out target/bench "$@"
