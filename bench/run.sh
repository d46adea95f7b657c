#!/usr/bin/env bash
# Runs the benchmark: builds the simulator's jar and the bench jar, then measures plain WireMock and the simulator
# side by side on this machine, each in its own JVM under HTTP load. Results go to reports/bench/.
# Extra arguments go to the bench, e.g. `bench/run.sh --quick` or `bench/run.sh --help`.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -Pbench -DskipTests package
exec java -jar bench/target/vicidial-bench.jar \
  --simulator-jar mock-server/target/vicidial-mock.jar --out reports/bench "$@"
