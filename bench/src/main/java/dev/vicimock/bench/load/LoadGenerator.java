package dev.vicimock.bench.load;

import dev.vicimock.bench.probe.CpuMonitor;
import dev.vicimock.bench.server.ServerProcess;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: N threads, each owning one keep-alive connection, send the next request as soon as the
 * previous answer is read, for a fixed time. Connections are opened before the clock starts, so a run
 * measures request handling only. A {@link Session} keeps its connections open between timed stretches, so a
 * run can be cut into slices that take turns with another server's.
 */
public final class LoadGenerator {
    private final String host;
    private final int port;
    private final long serverPid;

    /** {@code serverPid}: the server's process, whose CPU per request is recorded; -1 for none. */
    public LoadGenerator(String host, int port, long serverPid) {
        this.host = host;
        this.port = port;
        this.serverPid = serverPid;
    }

    /** One timed run on fresh connections. */
    public RunResult run(Workload workload, int connections, long durationNanos) throws InterruptedException {
        try (Session s = open(workload, connections)) {
            return RunResult.of(List.of(s.drive(durationNanos)));
        }
    }

    /** Opens the connections of a run, each with a fresh script of the workload. */
    public Session open(Workload workload, int connections) {
        return new Session(workload, connections);
    }

    /** Open connections with their scripts, driven in one or more timed stretches, then closed. */
    public final class Session implements AutoCloseable {
        private final Workload workload;
        private final List<HttpConnection> conns = new ArrayList<>();
        private final List<byte[][]> requests = new ArrayList<>();
        private final List<List<Workload.Step>> steps = new ArrayList<>();
        /** Where each connection is in its cycle: a stretch goes on from where the previous one stopped. */
        private final int[] next;
        /** A connection that failed with an I/O error stays out of later stretches. */
        private final boolean[] broken;

        private Session(Workload workload, int connections) {
            this.workload = workload;
            this.broken = new boolean[connections];
            this.next = new int[connections];
            try {
                for (int i = 0; i < connections; i++) {
                    HttpConnection c = new HttpConnection(host, port);
                    c.open();
                    conns.add(c);
                    List<Workload.Step> cycle = workload.cycle().apply(i);
                    steps.add(cycle);
                    requests.add(cycle.stream()
                            .map(s -> HttpConnection.get(host, port, s.target()))
                            .toArray(byte[][]::new));
                }
            } catch (IOException e) {
                close();
                throw new IllegalStateException("cannot connect to " + host + ":" + port, e);
            }
        }

        /** Sends load on every connection for {@code durationNanos}, timed from a common start. */
        public Stretch drive(long durationNanos) throws InterruptedException {
            int n = conns.size();
            List<LatencySamples> samples = new ArrayList<>();
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            AtomicLong unexpected = new AtomicLong();
            AtomicLong ioErrors = new AtomicLong();
            AtomicLong lastEnd = new AtomicLong();
            AtomicReference<String> firstUnexpected = new AtomicReference<>();
            long[] start = new long[1];
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                LatencySamples mine = new LatencySamples();
                samples.add(mine);
                Thread t = new Thread(
                        () -> {
                            ready.countDown();
                            try {
                                go.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                            if (broken[index]) {
                                return;
                            }
                            long deadline = start[0] + durationNanos;
                            long end = start[0];
                            HttpConnection conn = conns.get(index);
                            byte[][] cycle = requests.get(index);
                            List<Workload.Step> due = steps.get(index);
                            try {
                                while (end < deadline) {
                                    int at = next[index];
                                    next[index] = (at + 1) % cycle.length;
                                    long t0 = System.nanoTime();
                                    HttpResponse r = conn.exchange(cycle[at]);
                                    end = System.nanoTime();
                                    mine.add(end - t0);
                                    if (!r.answers(due.get(at))) {
                                        unexpected.incrementAndGet();
                                        firstUnexpected.compareAndSet(null, r.status() + " " + r.bodyText());
                                    }
                                }
                            } catch (IOException e) {
                                broken[index] = true;
                                ioErrors.incrementAndGet();
                                firstUnexpected.compareAndSet(null, "I/O error: " + e);
                            }
                            lastEnd.accumulateAndGet(end, Math::max);
                        },
                        workload.name() + "-c" + i);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
            ready.await();
            CpuMonitor.Sample cpuBefore = CpuMonitor.sample(ServerProcess.runningPids());
            long serverTicksBefore = serverPid < 0 ? -1 : CpuMonitor.processTicks(serverPid);
            start[0] = System.nanoTime();
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
            double otherCpu = CpuMonitor.otherCores(cpuBefore, CpuMonitor.sample(ServerProcess.runningPids()));
            long serverTicksAfter = serverPid < 0 ? -1 : CpuMonitor.processTicks(serverPid);
            long[] latencies = LatencySamples.sortedUnion(samples);
            return new Stretch(
                    workload.name(),
                    n,
                    latencies,
                    Math.max(0, lastEnd.get() - start[0]),
                    unexpected.get(),
                    ioErrors.get(),
                    firstUnexpected.get(),
                    otherCpu,
                    serverTicksBefore < 0 || serverTicksAfter < 0 ? -1 : serverTicksAfter - serverTicksBefore);
        }

        @Override
        public void close() {
            conns.forEach(HttpConnection::close);
        }
    }
}
