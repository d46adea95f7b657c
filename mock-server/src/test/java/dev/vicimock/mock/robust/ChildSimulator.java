package dev.vicimock.mock.robust;

import dev.vicimock.mock.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone simulator ({@code dev.vicimock.mock.Main}) in a child JVM on the test's class path, so that a test
 * can kill it for real ({@code kill -9}) and start it again.
 */
final class ChildSimulator implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");

    private final Process process;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile int port = -1;

    private ChildSimulator(Process process) {
        this.process = process;
        Thread reader = new Thread(this::drain, "child-simulator-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code Main} with these arguments (plus {@code --port 0}). */
    static ChildSimulator start(String... args) throws IOException {
        return startWithEnvironment(Map.of(), args);
    }

    /** Starts {@code Main} with these arguments and these extra environment variables. */
    static ChildSimulator startWithEnvironment(Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.vicimock.mock.Main",
                "--port",
                "0"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(Main.TOKEN_VARIABLE);
        builder.environment().putAll(environment);
        return new ChildSimulator(builder.start());
    }

    /** Waits until it serves (then returns its port) or exits; fails after two minutes of neither. */
    int awaitServing() throws InterruptedException {
        if (!ready.await(2, TimeUnit.MINUTES) || port < 0) {
            throw new AssertionError("the child simulator did not start: " + output());
        }
        return port;
    }

    /** Waits for the process to end on its own and returns its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            throw new AssertionError("the child simulator did not exit: " + output());
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void killNine() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                killNine();
            }
        }
    }

    private void drain() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.add(line);
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
                if (line.startsWith("admin: ")) {
                    // the last line Main prints about itself before it settles down
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            output.add("(output lost: " + e + ")");
        } finally {
            ready.countDown();
        }
    }
}
