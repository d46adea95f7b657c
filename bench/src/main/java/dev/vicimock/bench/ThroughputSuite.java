package dev.vicimock.bench;

import dev.vicimock.bench.load.InTurns;
import dev.vicimock.bench.load.LoadGenerator;
import dev.vicimock.bench.load.RunResult;
import dev.vicimock.bench.load.Workload;
import dev.vicimock.bench.report.RoundRatios;
import dev.vicimock.bench.report.ThroughputRow;
import dev.vicimock.bench.server.AdminClient;
import dev.vicimock.bench.server.Launcher;
import dev.vicimock.bench.workload.ApiTargets;
import dev.vicimock.bench.workload.Workloads;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The side-by-side part: each workload sent to the simulator and, with the same URLs, to the baseline's static stub,
 * on several launches (fresh pairs of JVMs, whose speeds differ), in rounds whose runs are cut into slices taken in
 * turns, so a change of the machine's speed falls on both servers alike (see bench/README.md). The simulator is reset
 * before every round so each starts from the seed state.
 */
final class ThroughputSuite {
    private final Launcher launcher;
    private final BenchOptions options;

    ThroughputSuite(Launcher launcher, BenchOptions options) {
        this.launcher = launcher;
        this.options = options;
    }

    List<ThroughputRow> run() throws IOException, InterruptedException {
        List<Workload> sim = Workloads.ALL;
        Map<Integer, Map<Workload, RowRuns>> collected = new LinkedHashMap<>();
        for (int c : options.connections()) {
            Map<Workload, RowRuns> byWorkload = new LinkedHashMap<>();
            sim.forEach(w -> byWorkload.put(w, new RowRuns()));
            collected.put(c, byWorkload);
        }
        for (int launch = 1; launch <= options.launches(); launch++) {
            System.out.printf(
                    "  launch %d/%d: a fresh baseline JVM and a fresh simulator JVM%n", launch, options.launches());
            try (Launcher.Running base = launcher.startBaseline("baseline-" + launch);
                    Launcher.Running simulator = launcher.startSimulator("simulator-" + launch)) {
                new Launch(launch, base, simulator).measure(sim, collected);
            }
        }
        List<ThroughputRow> rows = new ArrayList<>();
        collected.forEach((c, byWorkload) -> byWorkload.forEach((w, runs) -> {
            rows.add(ThroughputRow.of("baseline", runs.baseline, List.of(), List.of()));
            rows.add(ThroughputRow.of("simulator", runs.simulator, runs.baseline, runs.launchMedians));
        }));
        return rows;
    }

    /** A row's runs over all launches, round by round, and each launch's median simulator/baseline ratio. */
    private static final class RowRuns {
        final List<RunResult> baseline = new ArrayList<>();
        final List<RunResult> simulator = new ArrayList<>();
        final List<Double> launchMedians = new ArrayList<>();
    }

    /** One launch: a baseline JVM and a simulator JVM, warmed up, then measured side by side. */
    private final class Launch {
        private final int number;
        private final LoadGenerator baseline;
        private final LoadGenerator simulator;
        private final AdminClient simulatorAdmin;

        Launch(int number, Launcher.Running base, Launcher.Running sim) {
            this.number = number;
            this.baseline =
                    new LoadGenerator("127.0.0.1", base.port(), base.process().pid());
            this.simulator =
                    new LoadGenerator("127.0.0.1", sim.port(), sim.process().pid());
            this.simulatorAdmin = new AdminClient("127.0.0.1", sim.port());
        }

        void measure(List<Workload> sim, Map<Integer, Map<Workload, RowRuns>> collected)
                throws IOException, InterruptedException {
            Map<Workload, Workload> base = new LinkedHashMap<>();
            sim.forEach(w -> base.put(w, w.answeredWith(ApiTargets.UPDATE_SUCCESS_BODY)));
            // JIT compilation of a fresh JVM takes tens of seconds on two cores; nothing is timed until it is done
            for (Workload w : sim) {
                once(baseline, base.get(w), 8, options.jitWarmupSeconds() / sim.size());
                once(simulator, w, 8, options.jitWarmupSeconds() / sim.size());
            }
            for (int c : options.connections()) {
                for (Workload w : sim) {
                    once(baseline, base.get(w), c, options.warmupSeconds());
                    once(simulator, w, c, options.warmupSeconds());
                }
                Map<Workload, List<RunResult[]>> rounds = new LinkedHashMap<>();
                for (int r = 1; r <= options.runs(); r++) {
                    for (Workload w : sim) {
                        RunResult[] pair = sideBySide(base.get(w), w, c, r);
                        report(r, "baseline", pair[0]);
                        report(r, "simulator", pair[1]);
                        rounds.computeIfAbsent(w, k -> new ArrayList<>()).add(pair);
                    }
                }
                rounds.forEach((w, pairs) -> {
                    RowRuns row = collected.get(c).get(w);
                    List<RunResult> launchBase = pairs.stream().map(p -> p[0]).toList();
                    List<RunResult> launchSim = pairs.stream().map(p -> p[1]).toList();
                    row.baseline.addAll(launchBase);
                    row.simulator.addAll(launchSim);
                    row.launchMedians.add(RoundRatios.of(launchSim, launchBase).median());
                });
            }
        }

        /** One round of a row: the baseline's run and the simulator's, slice by slice in turns. */
        private RunResult[] sideBySide(Workload onBaseline, Workload onSimulator, int connections, int round)
                throws IOException, InterruptedException {
            simulatorAdmin.reset();
            return InTurns.run(
                    baseline,
                    onBaseline,
                    simulator,
                    onSimulator,
                    connections,
                    options.runSeconds(),
                    options.sliceSeconds(),
                    round);
        }

        private void once(LoadGenerator target, Workload w, int connections, double seconds)
                throws IOException, InterruptedException {
            if (target == simulator) {
                simulatorAdmin.reset();
            }
            target.run(w, connections, (long) (seconds * 1e9));
        }

        private void report(int run, String server, RunResult r) {
            System.out.println(Progress.line(
                    String.format(
                            "launch %d/%d run %d/%d %-9s", number, options.launches(), run, options.runs(), server),
                    r));
        }
    }
}
