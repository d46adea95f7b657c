package dev.vicimock.bench.report;

import dev.vicimock.bench.load.RunResult;
import java.util.List;

/**
 * One simulator workload at a fixed connection count with {@code phones} rows in the phones table, and its
 * requests/s against a second simulator kept at the seed state and loaded in turns with it in the same rounds:
 * used to show that latency does not grow with the size of the state.
 *
 * @param vsSeed the median, lowest and highest per-round ratio against the simulator at the seed state
 */
public record ScalingRow(
        int phones,
        String workload,
        int connections,
        double requestsPerSecond,
        double p50Millis,
        double p99Millis,
        RoundRatios vsSeed,
        long unexpected,
        double otherCpuCores,
        double serverCpuMicros,
        List<RunResult> runs) {

    /** {@code seedRuns}: the seed-state simulator's runs, round by round as {@code runs}. */
    public static ScalingRow of(int phones, List<RunResult> runs, List<RunResult> seedRuns) {
        RunResult first = runs.get(0);
        return new ScalingRow(
                phones,
                first.workload(),
                first.connections(),
                Stats.median(runs, RunResult::requestsPerSecond),
                Stats.median(runs, r -> r.p50Nanos() / 1e6),
                Stats.median(runs, r -> r.p99Nanos() / 1e6),
                RoundRatios.of(runs, seedRuns),
                runs.stream().mapToLong(r -> r.unexpected() + r.ioErrors()).sum(),
                Stats.maxOf(runs, RunResult::otherCpuCores),
                Stats.median(runs, RunResult::serverCpuMicros),
                runs);
    }
}
