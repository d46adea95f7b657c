package dev.vicimock.bench.load;

import java.util.Arrays;
import java.util.List;

/**
 * The outcome of one timed run (or of its slices together): how many requests completed, in how long, their
 * latency percentiles, and how many answers were not the expected ones (a run with wrong answers measures the
 * wrong thing).
 *
 * @param workload     name of the workload
 * @param connections  concurrent keep-alive connections
 * @param requests     requests completed inside the run
 * @param elapsedNanos from the common start to the last completed request
 * @param p50Nanos     median latency
 * @param p99Nanos     99th percentile latency
 * @param maxNanos     slowest request
 * @param unexpected   answers that did not match the expected status and body
 * @param ioErrors     connections that failed with an I/O error
 * @param firstUnexpected the first unexpected answer, for diagnosis, or null
 * @param otherCpuCores cores' worth of CPU other processes of the machine used during the run (NaN: unknown)
 * @param serverCpuMicros CPU the server process used per request (all its threads, GC and JIT included), in
 *                        microseconds; unlike requests/s it hardly changes when other processes compete for
 *                        the cores (NaN: unknown)
 */
public record RunResult(
        String workload,
        int connections,
        long requests,
        long elapsedNanos,
        long p50Nanos,
        long p99Nanos,
        long maxNanos,
        long unexpected,
        long ioErrors,
        String firstUnexpected,
        double otherCpuCores,
        double serverCpuMicros) {

    /**
     * One run made of stretches taken in turns with other load: requests and time add up, latency percentiles
     * are those of all requests together, CPU per request is the server's CPU over all requests.
     */
    public static RunResult of(List<Stretch> stretches) {
        Stretch first = stretches.get(0);
        long[] all =
                new long[stretches.stream().mapToInt(s -> s.latencies().length).sum()];
        int at = 0;
        long elapsed = 0;
        long unexpected = 0;
        long ioErrors = 0;
        long ticks = 0;
        String firstUnexpected = null;
        double otherCpu = Double.NaN;
        for (Stretch s : stretches) {
            System.arraycopy(s.latencies(), 0, all, at, s.latencies().length);
            at += s.latencies().length;
            elapsed += s.elapsedNanos();
            unexpected += s.unexpected();
            ioErrors += s.ioErrors();
            ticks = ticks < 0 || s.serverTicks() < 0 ? -1 : ticks + s.serverTicks();
            firstUnexpected = firstUnexpected != null ? firstUnexpected : s.firstUnexpected();
            otherCpu = Double.isNaN(otherCpu) ? s.otherCpuCores() : Math.max(otherCpu, s.otherCpuCores());
        }
        if (stretches.size() > 1) {
            Arrays.sort(all);
        }
        return new RunResult(
                first.workload(),
                first.connections(),
                all.length,
                elapsed,
                LatencySamples.percentile(all, 50),
                LatencySamples.percentile(all, 99),
                all.length == 0 ? 0 : all[all.length - 1],
                unexpected,
                ioErrors,
                firstUnexpected,
                otherCpu,
                ticks < 0 || all.length == 0 ? Double.NaN : ticks * 10_000.0 / all.length);
    }

    public double requestsPerSecond() {
        return elapsedNanos == 0 ? 0 : requests * 1e9 / elapsedNanos;
    }

    public boolean clean() {
        return unexpected == 0 && ioErrors == 0 && requests > 0;
    }
}
