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
 * previous answer is read, for a fixed time. Connections are opened before the clock starts, so the run
 * measures request handling only.
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

    public RunResult run(Workload workload, int connections, long durationNanos) throws InterruptedException {
        List<HttpConnection> conns = new ArrayList<>();
        List<LatencySamples> samples = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                HttpConnection c = new HttpConnection(host, port);
                c.open();
                conns.add(c);
                samples.add(new LatencySamples());
            }
        } catch (IOException e) {
            conns.forEach(HttpConnection::close);
            throw new IllegalStateException("cannot connect to " + host + ":" + port, e);
        }

        CountDownLatch ready = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong unexpected = new AtomicLong();
        AtomicLong ioErrors = new AtomicLong();
        AtomicLong lastEnd = new AtomicLong();
        AtomicReference<String> firstUnexpected = new AtomicReference<>();
        long[] start = new long[1];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            HttpConnection conn = conns.get(i);
            LatencySamples mine = samples.get(i);
            ConnectionScript script = workload.script(i, host, port);
            Thread t = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long deadline = start[0] + durationNanos;
                long end = start[0];
                try {
                    while (end < deadline) {
                        byte[] request = script.next();
                        long t0 = System.nanoTime();
                        HttpResponse r = conn.exchange(request);
                        end = System.nanoTime();
                        mine.add(end - t0);
                        if (!script.accept(r)) {
                            unexpected.incrementAndGet();
                            firstUnexpected.compareAndSet(null, r.status() + " " + r.bodyText());
                        }
                    }
                } catch (IOException e) {
                    ioErrors.incrementAndGet();
                    firstUnexpected.compareAndSet(null, "I/O error: " + e);
                }
                lastEnd.accumulateAndGet(end, Math::max);
            }, workload.name() + "-c" + i);
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
        conns.forEach(HttpConnection::close);

        long[] sorted = LatencySamples.sortedUnion(samples);
        return new RunResult(workload.name(), connections, sorted.length, lastEnd.get() - start[0],
                LatencySamples.percentile(sorted, 50), LatencySamples.percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1], unexpected.get(), ioErrors.get(),
                firstUnexpected.get(), otherCpu,
                serverTicksBefore < 0 || serverTicksAfter < 0 || sorted.length == 0 ? Double.NaN
                        : (serverTicksAfter - serverTicksBefore) * 10_000.0 / sorted.length);
    }
}
