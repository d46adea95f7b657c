package dev.vicimock.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of the simulator that behaves, as far as connections go, like Apache prefork with
 * keep-alive on, and counts what a client does to it. Each client connection needs one of {@code workers} workers
 * (0: unlimited); a connection beyond them is accepted but waits for a worker, as in Apache's listen queue. A
 * worker keeps an idle connection open for {@code keepAlive}, then closes its side and is free again; the
 * connection still counts as held until the client closes its side too (until then it sits in CLOSE-WAIT there).
 */
final class CountingProxy implements AutoCloseable {

    private static final int POLL_MILLIS = 50;

    private final ServerSocket listener;
    private final InetSocketAddress upstream;
    private final Semaphore workers;
    private final long keepAliveMillis;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "counting-proxy");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger maxHeld = new AtomicInteger();
    private final AtomicLong maxWaitMillis = new AtomicLong();
    private volatile boolean closed;

    CountingProxy(int upstreamPort, int workers, Duration keepAlive) throws IOException {
        this.upstream = new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort);
        this.workers = workers > 0 ? new Semaphore(workers, true) : null;
        this.keepAliveMillis = keepAlive.toMillis();
        this.listener = new ServerSocket(0, 1000, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The URL through this proxy for a URL of the upstream server. */
    String proxied(String url) {
        return url.replace(":" + upstream.getPort() + "/", ":" + port() + "/");
    }

    /** Connections accepted so far. */
    int accepted() {
        return accepted.get();
    }

    /** Connections the client has not closed yet. */
    int held() {
        return held.get();
    }

    /** The most connections the client held at one time. */
    int maxHeld() {
        return maxHeld.get();
    }

    /** The longest a connection waited for a worker, in milliseconds. */
    long maxWaitMillis() {
        return maxWaitMillis.get();
    }

    /** Waits until the client has closed every connection, or the time is up; true if it has. */
    boolean awaitNoneHeld(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (held.get() > 0 && System.nanoTime() < end) {
            Thread.sleep(POLL_MILLIS);
        }
        return held.get() == 0;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                accepted.incrementAndGet();
                maxHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
                sockets.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                if (!closed) {
                    throw new IllegalStateException("the proxy stopped accepting", e);
                }
            }
        }
    }

    private void serve(Socket client) {
        long queued = System.nanoTime();
        boolean working = false;
        try {
            if (workers != null) {
                workers.acquire();
            }
            working = true;
            maxWaitMillis.accumulateAndGet((System.nanoTime() - queued) / 1_000_000, Math::max);
            try (Socket server = new Socket()) {
                sockets.add(server);
                server.connect(upstream);
                // as Apache and Jetty do: without it each relayed write waits for the peer's delayed ACK
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                relay(client, server);
            }
            // the worker has closed its side: free it, and wait for the client to close its side
            release(working);
            working = false;
            client.shutdownOutput();
            client.setSoTimeout(0);
            InputStream in = client.getInputStream();
            while (in.read() >= 0) {
                // a client writing to a closed connection: ignored, as the kernel would
            }
        } catch (IOException | InterruptedException e) {
            // reset by the client, or the proxy is closing: either way the connection is gone
        } finally {
            release(working);
            closeQuietly(client);
            sockets.remove(client);
            held.decrementAndGet();
        }
    }

    /** Relays both ways until either side closes or the connection has been idle for the keep-alive time. */
    private void relay(Socket client, Socket server) throws IOException {
        AtomicLong lastActivity = new AtomicLong(System.nanoTime());
        AtomicInteger serverDone = new AtomicInteger();
        InputStream fromServer = server.getInputStream();
        OutputStream toClient = client.getOutputStream();
        threads.execute(() -> {
            try {
                pump(fromServer, toClient, lastActivity);
            } catch (IOException ignored) {
                // the relay below notices the closed connection
            } finally {
                serverDone.set(1);
            }
        });
        client.setSoTimeout(POLL_MILLIS);
        InputStream fromClient = client.getInputStream();
        OutputStream toServer = server.getOutputStream();
        byte[] buffer = new byte[8192];
        while (serverDone.get() == 0) {
            int n;
            try {
                n = fromClient.read(buffer);
            } catch (SocketTimeoutException idle) {
                if (System.nanoTime() - lastActivity.get() >= keepAliveMillis * 1_000_000) {
                    return;
                }
                continue;
            }
            if (n < 0) {
                throw new SocketException("the client closed the connection");
            }
            lastActivity.set(System.nanoTime());
            toServer.write(buffer, 0, n);
            toServer.flush();
        }
    }

    private static void pump(InputStream in, OutputStream out, AtomicLong lastActivity) throws IOException {
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            out.flush();
            lastActivity.set(System.nanoTime());
        }
    }

    private void release(boolean working) {
        if (working && workers != null) {
            workers.release();
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        sockets.forEach(CountingProxy::closeQuietly);
        threads.shutdownNow();
    }
}
