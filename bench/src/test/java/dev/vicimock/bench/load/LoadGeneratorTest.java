package dev.vicimock.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {
    private static final byte[] ANSWER =
            "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nok\n".getBytes(StandardCharsets.ISO_8859_1);

    /** A keep-alive server answering every request with {@link #ANSWER}, counting the connections it accepts. */
    private static final class CountingServer implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicInteger accepted = new AtomicInteger();

        CountingServer() throws IOException {
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket s = socket.accept();
                        accepted.incrementAndGet();
                        Thread t = new Thread(() -> answerEveryRequest(s));
                        t.setDaemon(true);
                        t.start();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private static void answerEveryRequest(Socket s) {
            try (s;
                    InputStream in = s.getInputStream();
                    OutputStream out = s.getOutputStream()) {
                int matched = 0;
                int b;
                while ((b = in.read()) >= 0) {
                    // a request of the test ends at its blank line: \r\n\r\n
                    matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
                    if (matched == 4) {
                        out.write(ANSWER);
                        out.flush();
                        matched = 0;
                    }
                }
            } catch (IOException ignored) {
                // the client closed the connection
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static Workload okWorkload() {
        return new Workload("ok", c -> List.of(Workload.Step.answered("/x", "ok\n")));
    }

    @Test
    void aSessionKeepsItsConnectionsOpenAcrossStretches() throws Exception {
        try (CountingServer server = new CountingServer()) {
            LoadGenerator load = new LoadGenerator("127.0.0.1", server.socket.getLocalPort(), -1);
            Stretch first;
            Stretch second;
            try (LoadGenerator.Session session = load.open(okWorkload(), 3)) {
                first = session.drive(100_000_000L);
                second = session.drive(100_000_000L);
            }
            assertEquals(3, server.accepted.get());
            assertTrue(first.latencies().length > 0 && second.latencies().length > 0);
            assertEquals(0, first.unexpected() + second.unexpected() + first.ioErrors() + second.ioErrors());
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
