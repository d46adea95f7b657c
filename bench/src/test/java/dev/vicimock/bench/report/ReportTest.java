package dev.vicimock.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.bench.load.RunResult;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    private static RunResult run(String workload, int conns, long requests, long p99) {
        return new RunResult(workload, conns, requests, 1_000_000_000L, 100_000, p99, p99, 0, 0, null, 0.01, 250);
    }

    private static BenchReport report() {
        List<RunResult> baseRuns = List.of(
                run("update-success", 8, 1000, 1_000_000),
                run("update-success", 8, 3000, 3_000_000),
                run("update-success", 8, 2000, 2_000_000));
        ThroughputRow base = ThroughputRow.of("baseline", baseRuns, List.of(), List.of());
        // per round 0.9, 0.6, 0.95: the median of the paired ratios, not the ratio of the medians
        ThroughputRow sim = ThroughputRow.of(
                "simulator",
                List.of(
                        run("update-success", 8, 900, 2_000_000),
                        run("update-success", 8, 1800, 2_000_000),
                        run("update-success", 8, 1900, 2_000_000)),
                baseRuns,
                List.of(0.9, 0.95));
        return new BenchReport(
                "2025-01-01 00:00 UTC",
                new MachineInfo("Test CPU", 2, 24 * 1024, "Linux", "Java 17", "3.13.2"),
                Map.of("describe", "test settings"),
                List.of(new StartupResult("simulator", List.of(900.0, 1100.0))),
                List.of(base, sim),
                List.of(),
                List.of(new PutResult(100_006, 60_000_000, List.of(800.0))),
                List.of(new HeapResult("after PUT", 100_006, 120.0)),
                List.of(new Check("x", "1", ">= 0.9", true)));
    }

    @Test
    void rowsReportMediansAndTheRatioToTheBaseline() {
        ThroughputRow base = report().throughput().get(0);
        assertEquals(2000, base.requestsPerSecond(), 1e-9);
        assertEquals(2.0, base.p99Millis(), 1e-9);
        assertEquals(0.9, report().throughput().get(1).vsBaseline().median(), 1e-9);
        assertEquals(0.6, report().throughput().get(1).vsBaseline().lowest(), 1e-9);
        assertEquals(0.95, report().throughput().get(1).vsBaseline().highest(), 1e-9);
        assertEquals(1800, report().throughput().get(1).requestsPerSecond(), 1e-9);
    }

    @Test
    void writesJsonCsvSummaryAndAPng(@TempDir Path dir) throws IOException {
        ResultFiles.write(dir, report(), new int[] {1, 8, 64});
        assertTrue(Files.readString(dir.resolve("throughput.csv")).contains("simulator,update-success,8,1800.0,"));
        assertTrue(Files.readString(dir.resolve("results.json")).contains("\"p99Nanos\""));
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("| simulator | update-success | 8 | 1,800 |"));
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("| 0.90 | 0.60-0.95 | 0.90 / 0.95 |"));
        assertTrue(Files.readString(dir.resolve("throughput.csv")).contains(",0.900,0.600,0.950,0.90;0.95,3,"));
        BufferedImage png = ImageIO.read(dir.resolve("throughput.png").toFile());
        assertEquals(900, png.getWidth());
    }

    @Test
    void aStateSizeIsComparedWithTheSeedSimulatorRoundByRound(@TempDir Path dir) throws IOException {
        List<RunResult> seed = List.of(
                run("version", 8, 1000, 1_000_000),
                run("version", 8, 2000, 1_000_000),
                run("version", 8, 1000, 1_000_000));
        // per round 0.9, 1.1, 1.0
        ScalingRow big = ScalingRow.of(
                100_006,
                List.of(
                        run("version", 8, 900, 1_000_000),
                        run("version", 8, 2200, 1_000_000),
                        run("version", 8, 1000, 1_000_000)),
                seed);
        assertEquals(1.0, big.vsSeed().median(), 1e-9);
        assertEquals(0.9, big.vsSeed().lowest(), 1e-9);
        assertEquals(1.1, big.vsSeed().highest(), 1e-9);

        BenchReport r = report();
        ResultFiles.write(
                dir,
                new BenchReport(
                        r.startedAt(),
                        r.machine(),
                        r.settings(),
                        r.startup(),
                        r.throughput(),
                        List.of(big),
                        r.puts(),
                        r.heap(),
                        r.checks()),
                new int[] {1, 8, 64});
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("| 100,006 | version | 8 | 1,000 |"));
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("| 1.00 | 0.90-1.10 |"));
        assertTrue(Files.readString(dir.resolve("scaling.csv"))
                .contains("100006,version,8,1000.0,0.100,1.000,1.000,0.900,1.100,"));
    }
}
