package dev.vicimock.bench.server;

import dev.vicimock.bench.load.HttpConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A server under test running in its own JVM, so its heap, JIT and threads are its own and the figures are
 * what a user of {@code java -jar} gets. Its output goes to a log file; it is stopped with SIGTERM.
 */
public final class ServerProcess implements AutoCloseable {
    private static final long POLL_MILLIS = 5;
    private static final long GIVE_UP_NANOS = 60_000_000_000L;
    /** Children still running; killed if the bench itself is interrupted, so no server outlives it. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroy), "bench-children"));
    }

    private final String name;
    private final Process process;
    private final Path log;

    private ServerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Process ids of every server this bench started that is still running. */
    public static List<Long> runningPids() {
        return RUNNING.stream().map(Process::pid).toList();
    }

    /** The java launcher of the running JVM, so children run on the same Java as the bench. */
    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts the command with its standard output and error going to {@code log}; see {@link #awaitAnswer}. */
    public static ServerProcess start(String name, List<String> command, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        RUNNING.add(p);
        p.onExit().thenRun(() -> RUNNING.remove(p));
        return new ServerProcess(name, p, log);
    }

    /** The java command line for a jar or a main class, with optional JVM options before it. */
    public static List<String> javaCommand(List<String> jvmOptions, List<String> launch, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.addAll(jvmOptions);
        cmd.addAll(launch);
        cmd.addAll(args);
        return cmd;
    }

    /** Sends {@code target} to the port every few milliseconds until it is answered with HTTP 200 (60 s at most). */
    public void awaitAnswer(int port, String target) throws InterruptedException {
        byte[] request = HttpConnection.get("127.0.0.1", port, target);
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < GIVE_UP_NANOS) {
            try (HttpConnection c = new HttpConnection("127.0.0.1", port)) {
                c.open();
                if (c.exchange(request).status() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up; see " + log);
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException(name + " did not answer within 60 s; see " + log);
    }

    public long pid() {
        return process.pid();
    }

    /** SIGTERM, then a kill if it has not exited within 15 s. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            System.err.println(name + " ignored SIGTERM for 15 s; killing it");
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
