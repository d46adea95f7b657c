package dev.vicimock.bench.report;

import dev.vicimock.bench.load.RunResult;
import java.util.List;

/**
 * One simulator workload at a fixed connection count with {@code phones} rows in the phones table:
 * used to show that latency does not grow with the size of the state.
 */
public record ScalingRow(int phones, String workload, int connections, double requestsPerSecond,
                         double p50Millis, double p99Millis, long unexpected, double otherCpuCores,
                         double serverCpuMicros, List<RunResult> runs) {

    public static ScalingRow of(int phones, List<RunResult> runs) {
        RunResult first = runs.get(0);
        return new ScalingRow(phones, first.workload(), first.connections(),
                Stats.median(runs, RunResult::requestsPerSecond),
                Stats.median(runs, r -> r.p50Nanos() / 1e6),
                Stats.median(runs, r -> r.p99Nanos() / 1e6),
                runs.stream().mapToLong(r -> r.unexpected() + r.ioErrors()).sum(),
                Stats.maxOf(runs, RunResult::otherCpuCores), Stats.median(runs, RunResult::serverCpuMicros), runs);
    }
}
