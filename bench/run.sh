#!/usr/bin/env bash
# Runs the benchmark: builds the simulator's jar and the bench jar, then measures plain WireMock and the simulator
# side by side on this machine, each in its own JVM under HTTP load. Results go to reports/bench/.
# Extra arguments go to the bench, e.g. `bench/run.sh --quick` or `bench/run.sh --help`.
# `bench/run.sh --jmh [JMH options]` measures the in-process cost per call instead (JMH; e.g. `-f 2 -wi 3 -i 5`,
# `-p workload=version`, `-h` for JMH's options) and prints the ratios to the baseline after JMH's table.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -Pbench -DskipTests package
if [[ "${1:-}" == "--jmh" ]]; then
  shift
  exec java -cp bench/target/vicidial-bench.jar dev.vicimock.bench.jmh.InProcessCostMain "$@"
fi
exec java -jar bench/target/vicidial-bench.jar \
  --simulator-jar mock-server/target/vicidial-mock.jar --out reports/bench "$@"
