package dev.vicimock.bench.probe;

import dev.vicimock.bench.load.HttpConnection;
import dev.vicimock.bench.load.HttpResponse;
import dev.vicimock.bench.server.FreePort;
import dev.vicimock.bench.server.ServerProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Time from launching a server JVM to its first answered request: the launcher is started and the port is
 * polled every few milliseconds with a real request until one is answered with HTTP 200.
 */
public final class StartupProbe {
    private static final long POLL_NANOS = 5_000_000;
    private static final long GIVE_UP_NANOS = 60_000_000_000L;

    /** One start: milliseconds to the first HTTP 200 for {@code target}. */
    public static double timeToFirstAnswer(
            String name, IntFunction<List<String>> commandForPort, String target, Path log)
            throws IOException, InterruptedException {
        int port = FreePort.pick();
        byte[] request = HttpConnection.get("127.0.0.1", port, target);
        long t0 = System.nanoTime();
        try (ServerProcess server = ServerProcess.start(name, commandForPort.apply(port), log)) {
            while (System.nanoTime() - t0 < GIVE_UP_NANOS) {
                if (answers(port, request)) {
                    return (System.nanoTime() - t0) / 1e6;
                }
                if (!server.alive()) {
                    throw new IllegalStateException(name + " exited during start-up; see " + log);
                }
                Thread.sleep(POLL_NANOS / 1_000_000);
            }
            throw new IllegalStateException(name + " did not answer within 60 s; see " + log);
        }
    }

    private static boolean answers(int port, byte[] request) {
        try (HttpConnection c = new HttpConnection("127.0.0.1", port)) {
            c.open();
            HttpResponse r = c.exchange(request);
            return r.status() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private StartupProbe() {}
}
