package dev.vicimock.bench;

import dev.vicimock.bench.probe.CpuMonitor;
import dev.vicimock.bench.probe.StartupProbe;
import dev.vicimock.bench.report.BenchReport;
import dev.vicimock.bench.report.Check;
import dev.vicimock.bench.report.HeapResult;
import dev.vicimock.bench.report.MachineInfo;
import dev.vicimock.bench.report.MarkdownSummary;
import dev.vicimock.bench.report.PutResult;
import dev.vicimock.bench.report.ResultFiles;
import dev.vicimock.bench.report.ScalingRow;
import dev.vicimock.bench.report.StartupResult;
import dev.vicimock.bench.report.ThroughputRow;
import dev.vicimock.bench.server.Launcher;
import dev.vicimock.bench.server.ServerProcess;
import dev.vicimock.bench.workload.ApiTargets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Entry point of the benchmark: start-up probe, side-by-side throughput of plain WireMock and the simulator,
 * state-size scaling with heap and PUT timings; then the result files, the summary and the target checks.
 * Exit code 0 when every target is met, 1 when one is missed, 2 on a failure to measure.
 */
public final class BenchMain {
    public static void main(String[] args) throws Exception {
        BenchOptions o = BenchOptions.parse(args);
        if (!Files.isRegularFile(o.simulatorJar())) {
            System.err.println(
                    "no simulator jar at " + o.simulatorJar() + "; build it with `mvn -Pbench -DskipTests package`");
            System.exit(2);
        }
        String startedAt =
                OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        MachineInfo machine = MachineInfo.current();
        System.out.println("Benchmark on " + machine.describe());
        Launcher launcher = new Launcher(o.simulatorJar(), o.serverJvmOptions(), o.serverArgs(), o.logDir());

        List<StartupResult> startup = new ArrayList<>();
        if (o.runs("startup")) {
            awaitQuiet(o);
            System.out.println("Start-up: launch to first answered request");
            startup.add(startup("baseline", o, launcher));
            startup.add(startup("simulator", o, launcher));
        }

        List<ThroughputRow> throughput = new ArrayList<>();
        if (o.runs("throughput")) {
            awaitQuiet(o);
            System.out.println("Throughput: baseline and simulator side by side");
            throughput = new ThroughputSuite(launcher, o).run();
        }

        List<ScalingRow> scaling = List.of();
        List<PutResult> puts = List.of();
        List<HeapResult> heap = List.of();
        if (o.runs("scaling")) {
            awaitQuiet(o);
            System.out.println("Scaling: simulator with growing phone tables");
            ScalingSuite.Result r = new ScalingSuite(o, launcher).run();
            scaling = r.rows();
            puts = r.puts();
            heap = r.heap();
        }

        List<Check> checks = Targets.judge(throughput, startup, scaling, puts, heap);
        BenchReport report =
                new BenchReport(startedAt, machine, o.describe(), startup, throughput, scaling, puts, heap, checks);
        ResultFiles.write(o.outDir(), report, o.connections());
        System.out.println();
        System.out.println(MarkdownSummary.of(report));
        System.out.println("Results written to " + o.outDir().toAbsolutePath());
        System.exit(checks.stream().allMatch(Check::pass) ? 0 : 1);
    }

    /** Measuring while another build runs on the same two cores would halve every figure: wait for quiet. */
    private static void awaitQuiet(BenchOptions o) throws InterruptedException {
        double other = CpuMonitor.awaitQuiet(ServerProcess.runningPids(), o.quietCores(), o.quietTimeoutSeconds());
        if (other > o.quietCores()) {
            System.out.printf(
                    Locale.ROOT,
                    "  warning: other processes still use %.2f cores; measuring anyway"
                            + " (see the other-CPU column)%n",
                    other);
        }
    }

    private static StartupResult startup(String server, BenchOptions o, Launcher launcher) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 1; i <= o.startups(); i++) {
            double ms = StartupProbe.timeToFirstAnswer(
                    server + "-startup",
                    server.equals("baseline") ? launcher::baselineCommand : launcher::simulatorCommand,
                    ApiTargets.VERSION,
                    launcher.log(server + "-startup-" + i));
            System.out.printf(Locale.ROOT, "  %-9s start %d: %.0f ms%n", server, i, ms);
            millis.add(ms);
        }
        return new StartupResult(server, millis);
    }

    private BenchMain() {}
}
