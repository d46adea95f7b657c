#!/usr/bin/env bash
# Runs the benchmark (issue 4): builds the simulator's jar and the bench jar, then measures plain WireMock and
# the simulator side by side on this machine. Results go to reports/bench/ and bench/README.md.
# Extra arguments go to the bench, e.g. `bench/run.sh --quick` or `bench/run.sh --help`.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -Pbench -DskipTests package
exec java -jar bench/target/vicidial-bench.jar \
  --simulator-jar mock-server/target/vicidial-mock.jar --out reports/bench --readme bench/README.md "$@"
