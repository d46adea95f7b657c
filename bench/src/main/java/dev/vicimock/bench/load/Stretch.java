package dev.vicimock.bench.load;

/**
 * What one timed stretch of load measured, raw enough to be added to the stretches of the same run (see
 * {@link RunResult#of}).
 *
 * @param workload       name of the workload
 * @param connections    concurrent keep-alive connections
 * @param latencies      every request's latency in nanoseconds, sorted ascending
 * @param elapsedNanos   from the common start to the last completed request
 * @param unexpected     answers that did not match the expected status and body
 * @param ioErrors       connections that failed with an I/O error
 * @param firstUnexpected the first unexpected answer, or null
 * @param otherCpuCores  cores' worth of CPU other processes used (NaN: unknown)
 * @param serverTicks    CPU ticks (1/100 s) the server process used (-1: unknown)
 */
public record Stretch(
        String workload,
        int connections,
        long[] latencies,
        long elapsedNanos,
        long unexpected,
        long ioErrors,
        String firstUnexpected,
        double otherCpuCores,
        long serverTicks) {}
