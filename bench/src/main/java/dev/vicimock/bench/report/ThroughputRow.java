package dev.vicimock.bench.report;

import dev.vicimock.bench.load.RunResult;
import java.util.List;

/**
 * One workload at one connection count: the medians of its runs over all launches, and its requests/s relative to
 * the baseline measured in the same rounds.
 *
 * @param server   {@code baseline} or {@code simulator}
 * @param vsBaseline this row's requests/s divided by the baseline's in the same round: median, lowest and highest
 *                 over the rounds of all launches (the two runs of a round are taken in alternating slices, so a
 *                 change of the machine's speed affects both alike); 1 for the baseline itself
 * @param vsBaselineByLaunch the median of those ratios in each launch (a fresh pair of JVMs), in launch order; how
 *                 far the JIT compiler's luck moved the figure; empty for the baseline
 * @param otherCpuCores the most CPU other processes used during one of the runs, in cores
 * @param serverCpuMicros median CPU of the server process per request, in microseconds
 */
public record ThroughputRow(
        String server,
        String workload,
        int connections,
        double requestsPerSecond,
        double p50Millis,
        double p99Millis,
        RoundRatios vsBaseline,
        List<Double> vsBaselineByLaunch,
        long unexpected,
        double otherCpuCores,
        double serverCpuMicros,
        List<RunResult> runs) {

    /**
     * {@code baselineRuns}: the baseline's runs, round by round as {@code runs}; empty for the baseline.
     * {@code byLaunch}: each launch's median ratio.
     */
    public static ThroughputRow of(
            String server, List<RunResult> runs, List<RunResult> baselineRuns, List<Double> byLaunch) {
        RunResult first = runs.get(0);
        double rps = Stats.median(runs, RunResult::requestsPerSecond);
        return new ThroughputRow(
                server,
                first.workload(),
                first.connections(),
                rps,
                Stats.median(runs, r -> r.p50Nanos() / 1e6),
                Stats.median(runs, r -> r.p99Nanos() / 1e6),
                RoundRatios.of(runs, baselineRuns),
                List.copyOf(byLaunch),
                runs.stream().mapToLong(r -> r.unexpected() + r.ioErrors()).sum(),
                Stats.maxOf(runs, RunResult::otherCpuCores),
                Stats.median(runs, RunResult::serverCpuMicros),
                runs);
    }
}
