package dev.vicimock.bench;

import dev.vicimock.bench.load.RunResult;
import java.util.Locale;

/** One console line per timed run, so a long benchmark shows it is alive and what it sees. */
final class Progress {
    static String line(String label, RunResult r) {
        return String.format(
                Locale.ROOT,
                "  [%2d conn] %s %-15s %,9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  server %4.0f µs/req  others %.2f cores%s",
                r.connections(),
                label,
                r.workload(),
                r.requestsPerSecond(),
                r.p50Nanos() / 1e6,
                r.p99Nanos() / 1e6,
                r.serverCpuMicros(),
                r.otherCpuCores(),
                r.clean()
                        ? ""
                        : "  !! " + r.unexpected() + " wrong, " + r.ioErrors() + " I/O errors; first: "
                                + abbreviate(r.firstUnexpected()));
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replace("\n", "\\n");
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }

    private Progress() {}
}
