package dev.vicimock.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The human-readable result: tables in Markdown, printed at the end of a run and written to {@code summary.md}. */
public final class MarkdownSummary {

    public static String of(BenchReport r) {
        StringBuilder b = new StringBuilder();
        b.append("Measured ")
                .append(r.startedAt())
                .append(" on ")
                .append(r.machine().describe())
                .append(".\n");
        b.append("Settings: ").append(r.settings().get("describe")).append("\n\n");

        b.append("| server | workload | connections | requests/s | p50 ms | p99 ms | simulator/baseline"
                + " | lowest-highest round | each launch | server CPU µs/request | other processes' CPU (cores) |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ThroughputRow t : r.throughput()) {
            boolean baseline = t.server().equals("baseline");
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %,.0f | %.2f | %.2f | %s | %s | %s | %.0f | %.2f |%n",
                    t.server(),
                    t.workload(),
                    t.connections(),
                    t.requestsPerSecond(),
                    t.p50Millis(),
                    t.p99Millis(),
                    baseline
                            ? "—"
                            : String.format(Locale.ROOT, "%.2f", t.vsBaseline().median())
                                    + (t.unexpected() > 0 ? " (" + t.unexpected() + " wrong answers)" : ""),
                    baseline
                            ? "—"
                            : String.format(
                                    Locale.ROOT,
                                    "%.2f-%.2f",
                                    t.vsBaseline().lowest(),
                                    t.vsBaseline().highest()),
                    baseline ? "—" : byLaunch(t.vsBaselineByLaunch(), " / "),
                    t.serverCpuMicros(),
                    t.otherCpuCores()));
        }

        if (!r.scaling().isEmpty()) {
            b.append(
                    "\nSimulator latency against the number of phones in the state (each size against a second simulator at"
                            + " the seed state, loaded in turns):\n\n");
            b.append("| phones | workload | connections | requests/s | p50 ms | p99 ms | vs seed state, in turns"
                    + " | lowest-highest round | server CPU µs/request | other processes' CPU (cores) |\n");
            b.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (ScalingRow s : r.scaling()) {
                b.append(String.format(
                        Locale.ROOT,
                        "| %,d | %s | %d | %,.0f | %.2f | %.2f | %.2f | %.2f-%.2f | %.0f" + " | %.2f |%n",
                        s.phones(),
                        s.workload(),
                        s.connections(),
                        s.requestsPerSecond(),
                        s.p50Millis(),
                        s.p99Millis(),
                        s.vsSeed().median(),
                        s.vsSeed().lowest(),
                        s.vsSeed().highest(),
                        s.serverCpuMicros(),
                        s.otherCpuCores()));
            }
        }

        b.append("\n| other measurement | median | max |\n|---|---:|---:|\n");
        for (StartupResult s : r.startup()) {
            b.append(String.format(
                    Locale.ROOT,
                    "| %s: JVM launch to first answered request (%d starts) | %.0f ms | %.0f ms |%n",
                    s.server(),
                    s.millis().size(),
                    s.medianMillis(),
                    s.maxMillis()));
        }
        for (PutResult p : r.puts()) {
            b.append(String.format(
                    Locale.ROOT,
                    "| PUT /__admin/vicidial/state, %,d phones (%.1f MB, %d times) | %.0f ms | %.0f ms |%n",
                    p.phones(),
                    p.bodyBytes() / 1e6,
                    p.millis().size(),
                    p.medianMillis(),
                    p.maxMillis()));
        }
        for (HeapResult h : r.heap()) {
            b.append(String.format(
                    Locale.ROOT,
                    "| simulator heap after full GC, %,d phones, %s | %.1f MiB | |%n",
                    h.phones(),
                    h.when(),
                    h.usedMiB()));
        }

        b.append("\n| target | measured | goal | met |\n|---|---|---|---|\n");
        for (Check c : r.checks()) {
            b.append("| ")
                    .append(c.name())
                    .append(" | ")
                    .append(c.measured())
                    .append(" | ")
                    .append(c.target())
                    .append(" | ")
                    .append(c.pass() ? "yes" : "**NO**")
                    .append(" |\n");
        }
        return b.toString();
    }

    /** Each launch's median ratio, two decimals, in launch order. */
    static String byLaunch(List<Double> ratios, String separator) {
        return ratios.stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).collect(Collectors.joining(separator));
    }

    private MarkdownSummary() {}
}
