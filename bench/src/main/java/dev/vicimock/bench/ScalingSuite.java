package dev.vicimock.bench;

import dev.vicimock.bench.load.InTurns;
import dev.vicimock.bench.load.LoadGenerator;
import dev.vicimock.bench.load.RunResult;
import dev.vicimock.bench.load.Workload;
import dev.vicimock.bench.probe.HeapProbe;
import dev.vicimock.bench.probe.StateFactory;
import dev.vicimock.bench.report.HeapResult;
import dev.vicimock.bench.report.PutResult;
import dev.vicimock.bench.report.ScalingRow;
import dev.vicimock.bench.server.AdminClient;
import dev.vicimock.bench.server.Launcher;
import dev.vicimock.bench.workload.Workloads;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The state-size part, on two freshly started simulators: one is given each size with
 * {@code PUT /__admin/vicidial/state} (timed) before every round, and a full GC is forced (and the heap read) so no
 * round pays for the previous PUT's garbage; the other stays at the seed state. Each workload runs on both at a
 * fixed connection count, slice by slice in turns ({@link InTurns}), so the ratio of the two shows what the size
 * costs without the machine's drift between sizes measured minutes apart.
 */
final class ScalingSuite {
    private static final double MIB = 1024.0 * 1024.0;

    record Result(List<ScalingRow> rows, List<PutResult> puts, List<HeapResult> heap) {}

    private final BenchOptions options;
    private final Launcher launcher;

    ScalingSuite(BenchOptions options, Launcher launcher) {
        this.options = options;
        this.launcher = launcher;
    }

    Result run() throws IOException, InterruptedException {
        List<ScalingRow> rows = new ArrayList<>();
        List<PutResult> puts = new ArrayList<>();
        List<HeapResult> heapResults = new ArrayList<>();
        try (Launcher.Running sim = launcher.startSimulator("simulator-scaling");
                Launcher.Running seedSim = launcher.startSimulator("simulator-seed");
                HeapProbe heap = HeapProbe.attach(sim.process().pid());
                HeapProbe seedHeap = HeapProbe.attach(seedSim.process().pid())) {
            AdminClient admin = new AdminClient("127.0.0.1", sim.port());
            AdminClient seedAdmin = new AdminClient("127.0.0.1", seedSim.port());
            LoadGenerator load =
                    new LoadGenerator("127.0.0.1", sim.port(), sim.process().pid());
            LoadGenerator seedLoad = new LoadGenerator(
                    "127.0.0.1", seedSim.port(), seedSim.process().pid());
            StateFactory states = new StateFactory(admin.getState());
            int c = options.scalingConnections();
            for (Workload w : Workloads.ALL) {
                admin.reset();
                seedAdmin.reset();
                InTurns.run(seedLoad, w, load, w, c, options.jitWarmupSeconds() / 4, options.sliceSeconds(), 1);
            }
            admin.reset();
            seedAdmin.reset();
            int seed = states.seedPhones();
            byte[] seedState = states.withPhones(0);
            heapResults.add(heap(heap, "fresh start", seed));

            for (int extra : options.extraPhones()) {
                int phones = seed + extra;
                byte[] state = states.withPhones(extra);
                List<Double> putMillis = new ArrayList<>();
                putMillis.add(admin.putState(state) / 1e6);
                heapResults.add(heap(heap, "after PUT", phones));
                for (Workload w : Workloads.ALL) {
                    replace(admin, heap, state, putMillis);
                    replace(seedAdmin, seedHeap, seedState, new ArrayList<>());
                    InTurns.run(seedLoad, w, load, w, c, options.warmupSeconds(), options.sliceSeconds(), 1);
                    List<RunResult> runs = new ArrayList<>();
                    List<RunResult> seedRuns = new ArrayList<>();
                    for (int r = 1; r <= options.scalingRuns(); r++) {
                        // both get the same PUT and full GC, so the pair differs only in the size of the state
                        replace(admin, heap, state, putMillis);
                        replace(seedAdmin, seedHeap, seedState, new ArrayList<>());
                        RunResult[] pair = InTurns.run(
                                seedLoad, w, load, w, c, options.scalingRunSeconds(), options.sliceSeconds(), r);
                        System.out.println(Progress.line(String.format(Locale.ROOT, "%,7d phones", phones), pair[1]));
                        System.out.println(Progress.line(String.format(Locale.ROOT, "%,7d (seed)", seed), pair[0]));
                        runs.add(pair[1]);
                        seedRuns.add(pair[0]);
                    }
                    rows.add(ScalingRow.of(phones, runs, seedRuns));
                }
                heapResults.add(heap(heap, "after the load runs", phones));
                if (extra == options.extraPhones()[options.extraPhones().length - 1] && options.soakRequests() > 0) {
                    soak(load);
                    heapResults.add(heap(
                            heap,
                            "after " + String.format(Locale.ROOT, "%,d", options.soakRequests())
                                    + " more updates (admin log and journal full)",
                            phones));
                }
                puts.add(new PutResult(phones, state.length, putMillis));
                System.out.printf(
                        Locale.ROOT,
                        "  PUT of %,d phones (%.1f MB): median %.0f ms over %d%n",
                        phones,
                        state.length / 1e6,
                        puts.get(puts.size() - 1).medianMillis(),
                        putMillis.size());
            }
        }
        return new Result(rows, puts, heapResults);
    }

    /** Keeps writing until the admin log and the request journal hold as much as they ever will. */
    private void soak(LoadGenerator load) throws InterruptedException {
        long sent = 0;
        while (sent < options.soakRequests()) {
            sent += load.run(Workloads.UPDATE_SUCCESS, options.scalingConnections(), 5_000_000_000L)
                    .requests();
        }
        System.out.printf(
                Locale.ROOT, "  sent %,d update_phone requests to fill the admin log and the journal%n", sent);
    }

    private static void replace(AdminClient admin, HeapProbe heap, byte[] state, List<Double> putMillis)
            throws IOException, InterruptedException {
        putMillis.add(admin.putState(state) / 1e6);
        heap.usedAfterGc();
    }

    private static HeapResult heap(HeapProbe heap, String when, int phones) {
        HeapResult h = new HeapResult(when, phones, heap.usedAfterGc() / MIB);
        System.out.printf(Locale.ROOT, "  heap after GC, %,d phones, %s: %.1f MiB%n", phones, when, h.usedMiB());
        return h;
    }
}
