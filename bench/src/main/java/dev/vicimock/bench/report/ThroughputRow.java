package dev.vicimock.bench.report;

import dev.vicimock.bench.load.RunResult;
import java.util.List;

/**
 * One workload at one connection count: the medians of its runs, and its requests/s relative to the
 * baseline measured in the same suite at the same connection count.
 *
 * @param server   {@code baseline} or {@code simulator}
 * @param ratio    median requests/s divided by the baseline's; 1 for the baseline itself
 * @param otherCpuCores the most CPU other processes used during one of the runs, in cores
 */
public record ThroughputRow(String server, String workload, int connections, double requestsPerSecond,
                            double p50Millis, double p99Millis, double ratio, long unexpected,
                            double otherCpuCores, List<RunResult> runs) {

    public static ThroughputRow of(String server, List<RunResult> runs, double baselineRps) {
        RunResult first = runs.get(0);
        double rps = Stats.median(runs, RunResult::requestsPerSecond);
        return new ThroughputRow(server, first.workload(), first.connections(), rps,
                Stats.median(runs, r -> r.p50Nanos() / 1e6),
                Stats.median(runs, r -> r.p99Nanos() / 1e6),
                baselineRps > 0 ? rps / baselineRps : 1.0,
                runs.stream().mapToLong(r -> r.unexpected() + r.ioErrors()).sum(),
                Stats.maxOf(runs, RunResult::otherCpuCores), runs);
    }
}
