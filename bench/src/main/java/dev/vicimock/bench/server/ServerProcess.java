package dev.vicimock.bench.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server under test running in its own JVM, so its heap, JIT and threads are its own and the figures are
 * what a user of {@code java -jar} gets. Its output goes to a log file; it is stopped with SIGTERM.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)");
    /** Children still running; killed if the bench itself is interrupted, so no server outlives it. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroy), "bench-children"));
    }

    private final String name;
    private final Process process;
    private final CompletableFuture<Integer> announcedPort = new CompletableFuture<>();

    private ServerProcess(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    /** Process ids of every server this bench started that is still running. */
    public static List<Long> runningPids() {
        return RUNNING.stream().map(Process::pid).toList();
    }

    /** The java launcher of the running JVM, so children run on the same Java as the bench. */
    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts the command; its standard output and error are copied to {@code log}.
     * Use {@link #awaitUrl} to wait until it prints the URL it serves.
     */
    public static ServerProcess start(String name, List<String> command, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Process p = pb.start();
        RUNNING.add(p);
        p.onExit().thenRun(() -> RUNNING.remove(p));
        ServerProcess sp = new ServerProcess(name, p);
        Thread pump = new Thread(() -> sp.pump(log), name + "-log");
        pump.setDaemon(true);
        pump.start();
        return sp;
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

    private void pump(Path log) {
        try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                Matcher m = URL.matcher(line);
                if (!announcedPort.isDone() && m.find()) {
                    announcedPort.complete(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            // the process went away; awaitUrl reports it
        } finally {
            announcedPort.completeExceptionally(new IllegalStateException(name + " exited before printing its URL"));
        }
    }

    /** Waits until the server printed a line with {@code http://127.0.0.1:PORT}; returns the port. */
    public int awaitUrl(long timeoutMillis) throws InterruptedException {
        try {
            return announcedPort.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(name + " printed no URL within " + timeoutMillis + " ms");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
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
