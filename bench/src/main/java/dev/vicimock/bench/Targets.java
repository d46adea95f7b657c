package dev.vicimock.bench;

import dev.vicimock.bench.report.Check;
import dev.vicimock.bench.report.HeapResult;
import dev.vicimock.bench.report.PutResult;
import dev.vicimock.bench.report.ScalingRow;
import dev.vicimock.bench.report.StartupResult;
import dev.vicimock.bench.report.ThroughputRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the simulator promises about speed and size (requests/s against plain WireMock, p99, start-up, heap, state
 * PUT, latency against the state's size), judged against one run's figures.
 */
final class Targets {
    static final int TARGET_CONNECTIONS = 8;
    static final double MIN_RATIO = 0.9;
    static final double MAX_P99_MILLIS = 20;
    static final double MAX_STARTUP_MILLIS = 1500;
    static final double MAX_HEAP_MIB = 256;
    static final int HEAP_PHONES = 100_000;
    static final double MAX_PUT_MILLIS = 2000;
    /** "Does not grow": at the largest state, at least this share of the requests/s at the smallest. */
    static final double MIN_SCALING_RATIO = 0.8;

    static List<Check> judge(
            List<ThroughputRow> throughput,
            List<StartupResult> startup,
            List<ScalingRow> scaling,
            List<PutResult> puts,
            List<HeapResult> heap) {
        List<Check> checks = new ArrayList<>();
        for (ThroughputRow r : throughput) {
            if (r.server().equals("simulator") && r.connections() == TARGET_CONNECTIONS) {
                checks.add(new Check(
                        r.workload() + " @" + TARGET_CONNECTIONS + ": requests/s vs baseline (same URLs)",
                        fmt("%.2f", r.vsBaseline().median()),
                        fmt(">= %.2f", MIN_RATIO),
                        r.vsBaseline().median() >= MIN_RATIO && r.unexpected() == 0));
                checks.add(new Check(
                        r.workload() + " @" + TARGET_CONNECTIONS + ": p99",
                        fmt("%.2f ms", r.p99Millis()),
                        fmt("< %.0f ms", MAX_P99_MILLIS),
                        r.p99Millis() < MAX_P99_MILLIS));
            }
        }
        for (StartupResult s : startup) {
            if (s.server().equals("simulator")) {
                checks.add(new Check(
                        "standalone jar: launch to first answer (median)",
                        fmt("%.0f ms (max %.0f)", s.medianMillis(), s.maxMillis()),
                        fmt("< %.0f ms", MAX_STARTUP_MILLIS),
                        s.medianMillis() < MAX_STARTUP_MILLIS));
            }
        }
        // the largest reading with the full state: right after the PUT, after the runs, after the soak
        heap.stream()
                .filter(h -> h.phones() >= HEAP_PHONES)
                .max(java.util.Comparator.comparingDouble(HeapResult::usedMiB))
                .ifPresent(h -> checks.add(new Check(
                        fmt("heap after GC, %,d phones (largest reading: %s)", h.phones(), h.when()),
                        fmt("%.1f MiB", h.usedMiB()),
                        fmt("< %.0f MiB", MAX_HEAP_MIB),
                        h.usedMiB() < MAX_HEAP_MIB)));
        puts.stream()
                .filter(p -> p.phones() >= HEAP_PHONES)
                .findFirst()
                .ifPresent(p -> checks.add(new Check(
                        fmt("PUT state, %,d phones (median)", p.phones()),
                        fmt("%.0f ms (max %.0f)", p.medianMillis(), p.maxMillis()),
                        fmt("< %.0f ms", MAX_PUT_MILLIS),
                        p.medianMillis() < MAX_PUT_MILLIS)));
        scalingChecks(scaling, checks);
        return checks;
    }

    private static void scalingChecks(List<ScalingRow> scaling, List<Check> checks) {
        int max = scaling.stream().mapToInt(ScalingRow::phones).max().orElse(0);
        for (ScalingRow big : scaling) {
            if (big.phones() != max) {
                continue;
            }
            double ratio = big.vsSeed().median();
            checks.add(new Check(
                    fmt("%s: requests/s at %,d phones vs a simulator at the seed state, in turns", big.workload(), max),
                    fmt(
                            "%.2f (rounds %.2f-%.2f)",
                            ratio, big.vsSeed().lowest(), big.vsSeed().highest()),
                    fmt(">= %.2f (latency does not grow)", MIN_SCALING_RATIO),
                    ratio >= MIN_SCALING_RATIO && big.unexpected() == 0));
        }
    }

    private static String fmt(String f, Object... args) {
        return String.format(Locale.ROOT, f, args);
    }

    private Targets() {}
}
