package dev.vicimock.bench.load;

/**
 * The outcome of one timed run: how many requests completed, in how long, their latency percentiles,
 * and how many answers were not the expected ones (a run with wrong answers measures the wrong thing).
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
public record RunResult(String workload, int connections, long requests, long elapsedNanos, long p50Nanos,
                        long p99Nanos, long maxNanos, long unexpected, long ioErrors, String firstUnexpected,
                        double otherCpuCores, double serverCpuMicros) {

    public double requestsPerSecond() {
        return elapsedNanos == 0 ? 0 : requests * 1e9 / elapsedNanos;
    }

    public boolean clean() {
        return unexpected == 0 && ioErrors == 0 && requests > 0;
    }
}
