package dev.vicimock.bench.server;

import dev.vicimock.bench.workload.ApiTargets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * How the two servers under test are launched: the simulator exactly as users run it ({@code java -jar}),
 * the baseline from the bench's own classpath, both with the same JVM options.
 */
public final class Launcher {
    private final Path simulatorJar;
    private final List<String> jvmOptions;
    private final List<String> serverArgs;
    private final Path logDir;

    public Launcher(Path simulatorJar, List<String> jvmOptions, List<String> serverArgs, Path logDir) {
        this.simulatorJar = simulatorJar;
        this.jvmOptions = jvmOptions;
        this.serverArgs = serverArgs;
        this.logDir = logDir;
    }

    public List<String> simulatorCommand(int port) {
        return ServerProcess.javaCommand(jvmOptions, List.of("-jar", simulatorJar.toString()), args(port));
    }

    public List<String> baselineCommand(int port) {
        return ServerProcess.javaCommand(
                jvmOptions,
                List.of("-cp", System.getProperty("java.class.path"), BaselineServer.class.getName()),
                args(port));
    }

    private List<String> args(int port) {
        List<String> a = new ArrayList<>(List.of("--port", Integer.toString(port)));
        a.addAll(serverArgs);
        return a;
    }

    public Path log(String name) {
        return logDir.resolve(name + ".log");
    }

    public Running startSimulator(String logName) throws IOException, InterruptedException {
        return start(logName, this::simulatorCommand);
    }

    public Running startBaseline(String logName) throws IOException, InterruptedException {
        return start(logName, this::baselineCommand);
    }

    /** Starts a server and waits until it answers the API (version): then it is ready to be measured. */
    private Running start(String logName, IntFunction<List<String>> command) throws IOException, InterruptedException {
        int port = FreePort.pick();
        ServerProcess p = ServerProcess.start(logName, command.apply(port), log(logName));
        try {
            p.awaitAnswer(port, ApiTargets.VERSION);
            return new Running(p, port);
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    /** A started server and the port it serves on 127.0.0.1. */
    public record Running(ServerProcess process, int port) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.close();
        }
    }
}
