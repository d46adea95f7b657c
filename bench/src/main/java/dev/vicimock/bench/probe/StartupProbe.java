package dev.vicimock.bench.probe;

import dev.vicimock.bench.server.FreePort;
import dev.vicimock.bench.server.ServerProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

/** Time from launching a server JVM to its first answered request (HTTP 200 to a request polled every 5 ms). */
public final class StartupProbe {
    /** One start: milliseconds to the first HTTP 200 for {@code target}. */
    public static double timeToFirstAnswer(
            String name, IntFunction<List<String>> commandForPort, String target, Path log)
            throws IOException, InterruptedException {
        int port = FreePort.pick();
        long t0 = System.nanoTime();
        try (ServerProcess server = ServerProcess.start(name, commandForPort.apply(port), log)) {
            server.awaitAnswer(port, target);
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    private StartupProbe() {}
}
