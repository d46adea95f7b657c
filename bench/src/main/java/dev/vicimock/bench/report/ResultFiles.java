package dev.vicimock.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a run into a directory: {@code results.json} (everything, every run), {@code throughput.csv} and
 * {@code scaling.csv} (the medians), {@code summary.md} and {@code throughput.png}.
 */
public final class ResultFiles {
    public static void write(Path dir, BenchReport report, int[] connections) throws IOException {
        Files.createDirectories(dir);
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("results.json").toFile(), report);

        StringBuilder t = new StringBuilder(
                "server,workload,connections,requests_per_s,p50_ms,p99_ms,ratio_to_baseline,ratio_lowest_round,ratio_highest_round,ratio_by_launch,runs,wrong_answers,other_cpu_cores_max,server_cpu_us_per_request\n");
        for (ThroughputRow r : report.throughput()) {
            t.append(String.format(
                    Locale.ROOT,
                    "%s,%s,%d,%.1f,%.3f,%.3f,%.3f,%.3f,%.3f,%s,%d,%d,%.2f,%.0f%n",
                    r.server(),
                    r.workload(),
                    r.connections(),
                    r.requestsPerSecond(),
                    r.p50Millis(),
                    r.p99Millis(),
                    r.vsBaseline().median(),
                    r.vsBaseline().lowest(),
                    r.vsBaseline().highest(),
                    MarkdownSummary.byLaunch(r.vsBaselineByLaunch(), ";"),
                    r.runs().size(),
                    r.unexpected(),
                    r.otherCpuCores(),
                    r.serverCpuMicros()));
        }
        Files.writeString(dir.resolve("throughput.csv"), t, StandardCharsets.UTF_8);

        StringBuilder s =
                new StringBuilder("phones,workload,connections,requests_per_s,p50_ms,p99_ms,ratio_to_seed_state,"
                        + "ratio_lowest_round,ratio_highest_round,runs,wrong_answers,other_cpu_cores_max,"
                        + "server_cpu_us_per_request\n");
        for (ScalingRow r : report.scaling()) {
            s.append(String.format(
                    Locale.ROOT,
                    "%d,%s,%d,%.1f,%.3f,%.3f,%.3f,%.3f,%.3f,%d,%d,%.2f,%.0f%n",
                    r.phones(),
                    r.workload(),
                    r.connections(),
                    r.requestsPerSecond(),
                    r.p50Millis(),
                    r.p99Millis(),
                    r.vsSeed().median(),
                    r.vsSeed().lowest(),
                    r.vsSeed().highest(),
                    r.runs().size(),
                    r.unexpected(),
                    r.otherCpuCores(),
                    r.serverCpuMicros()));
        }
        Files.writeString(dir.resolve("scaling.csv"), s, StandardCharsets.UTF_8);

        Files.writeString(dir.resolve("summary.md"), MarkdownSummary.of(report), StandardCharsets.UTF_8);

        if (!report.throughput().isEmpty()) {
            ThroughputChart.write(
                    dir.resolve("throughput.png"),
                    "Simulator (solid) vs plain WireMock static stub on the same URLs (dashed)",
                    report.machine().cores() + " cores " + report.machine().cpu() + ", " + report.startedAt(),
                    connections,
                    ThroughputChart.seriesOf(report.throughput(), connections));
        }
    }

    private ResultFiles() {}
}
