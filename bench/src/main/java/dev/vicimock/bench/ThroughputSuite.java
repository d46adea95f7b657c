package dev.vicimock.bench;

import dev.vicimock.bench.load.InTurns;
import dev.vicimock.bench.load.LoadGenerator;
import dev.vicimock.bench.load.RunResult;
import dev.vicimock.bench.load.Workload;
import dev.vicimock.bench.report.ThroughputRow;
import dev.vicimock.bench.server.AdminClient;
import dev.vicimock.bench.server.Launcher;
import dev.vicimock.bench.workload.AddDeleteCycle;
import dev.vicimock.bench.workload.StaticStubVariant;
import dev.vicimock.bench.workload.UpdateError;
import dev.vicimock.bench.workload.UpdateSuccess;
import dev.vicimock.bench.workload.Version;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The side-by-side part. Each simulator workload is also sent to the baseline (same URLs, answered by the static
 * stub), so each simulator row has a baseline row doing the same WireMock work. At each connection count every
 * row is warmed up, then the timed runs go round by round. In a round, each workload's baseline and simulator runs
 * are cut into short slices taken in turns (baseline, simulator, simulator, baseline, ...; the other way round in
 * the next round) on connections kept open between slices, so a change of the machine's speed, which on a shared
 * VM comes and goes within seconds, falls on both servers alike. The simulator is reset before every round so each
 * starts from the seed state.
 */
final class ThroughputSuite {
    private final LoadGenerator baseline;
    private final LoadGenerator simulator;
    private final AdminClient simulatorAdmin;
    private final BenchOptions options;

    ThroughputSuite(Launcher.Running base, Launcher.Running sim, BenchOptions options) {
        this.baseline = new LoadGenerator("127.0.0.1", base.port(), base.process().pid());
        this.simulator = new LoadGenerator("127.0.0.1", sim.port(), sim.process().pid());
        this.simulatorAdmin = new AdminClient("127.0.0.1", sim.port());
        this.options = options;
    }

    static List<Workload> simulatorWorkloads() {
        return List.of(new UpdateSuccess(), new UpdateError(), new AddDeleteCycle(), new Version());
    }

    List<ThroughputRow> run() throws IOException, InterruptedException {
        List<ThroughputRow> rows = new ArrayList<>();
        List<Workload> sim = simulatorWorkloads();
        Map<Workload, Workload> base = new LinkedHashMap<>();
        sim.forEach(w -> base.put(w, new StaticStubVariant(w)));
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
            Map<Workload, List<RunResult>> baseRuns = new LinkedHashMap<>();
            Map<Workload, List<RunResult>> simRuns = new LinkedHashMap<>();
            for (int r = 1; r <= options.runs(); r++) {
                for (Workload w : sim) {
                    RunResult[] pair = sideBySide(base.get(w), w, c, r);
                    baseRuns.computeIfAbsent(w, k -> new ArrayList<>()).add(report(r, "baseline", pair[0]));
                    simRuns.computeIfAbsent(w, k -> new ArrayList<>()).add(report(r, "simulator", pair[1]));
                }
            }
            for (Workload w : sim) {
                rows.add(ThroughputRow.of("baseline", baseRuns.get(w), List.of()));
                rows.add(ThroughputRow.of("simulator", simRuns.get(w), baseRuns.get(w)));
            }
        }
        return rows;
    }

    /** One round of a row: the baseline's run and the simulator's, slice by slice in turns. */
    private RunResult[] sideBySide(Workload onBaseline, Workload onSimulator, int connections, int round)
            throws IOException, InterruptedException {
        simulatorAdmin.reset();
        return InTurns.run(baseline, onBaseline, simulator, onSimulator, connections, options.runSeconds(),
                options.sliceSeconds(), round);
    }

    private RunResult once(LoadGenerator target, Workload w, int connections, double seconds)
            throws IOException, InterruptedException {
        if (target == simulator) {
            simulatorAdmin.reset();
        }
        return target.run(w, connections, (long) (seconds * 1e9));
    }

    private RunResult report(int run, String server, RunResult r) {
        System.out.println(Progress.line(String.format("run %d/%d %-9s", run, options.runs(), server), r));
        return r;
    }
}
