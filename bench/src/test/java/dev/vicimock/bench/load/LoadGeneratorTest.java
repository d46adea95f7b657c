package dev.vicimock.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    /** A keep-alive server answering every request with "ok\n", remembering the connections it saw. */
    private static HttpServer countingServer(Set<InetSocketAddress> connections) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", exchange -> {
            connections.add(exchange.getRemoteAddress());
            byte[] ok = "ok\n".getBytes(StandardCharsets.ISO_8859_1);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static Workload okWorkload() {
        return new Workload("ok", c -> List.of(Workload.Step.answered("/x", "ok\n")));
    }

    @Test
    void aSessionKeepsItsConnectionsOpenAcrossStretches() throws Exception {
        Set<InetSocketAddress> connections = ConcurrentHashMap.newKeySet();
        HttpServer server = countingServer(connections);
        try {
            LoadGenerator load =
                    new LoadGenerator("127.0.0.1", server.getAddress().getPort(), -1);
            Stretch first;
            Stretch second;
            try (LoadGenerator.Session session = load.open(okWorkload(), 3)) {
                first = session.drive(100_000_000L);
                second = session.drive(100_000_000L);
            }
            assertEquals(3, connections.size());
            assertTrue(first.latencies().length > 0 && second.latencies().length > 0);
            assertEquals(0, first.unexpected() + second.unexpected() + first.ioErrors() + second.ioErrors());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void stretchesAddUpToOneRun() {
        Stretch a = new Stretch("w", 2, new long[] {1, 2, 3, 4}, 1_000_000_000L, 0, 0, null, 0.1, 30);
        Stretch b = new Stretch("w", 2, new long[] {5, 6, 7, 8, 9, 10}, 1_000_000_000L, 1, 0, "500 oops", 0.3, 70);
        RunResult r = RunResult.of(List.of(a, b));
        assertEquals(10, r.requests());
        assertEquals(5.0, r.requestsPerSecond(), 1e-9);
        assertEquals(5, r.p50Nanos());
        assertEquals(10, r.p99Nanos());
        assertEquals(10, r.maxNanos());
        assertEquals(1, r.unexpected());
        assertEquals("500 oops", r.firstUnexpected());
        assertEquals(0.3, r.otherCpuCores(), 1e-9);
        // 100 ticks of 10 ms over 10 requests: 100 ms each
        assertEquals(100_000.0, r.serverCpuMicros(), 1e-6);
    }
}
