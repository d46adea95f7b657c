package dev.vicimock.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Command-line settings of a benchmark run. Defaults give the full run (about half an hour on two cores);
 * {@code --quick} a smoke run of well under a minute whose figures are not worth publishing.
 */
public record BenchOptions(
        Path simulatorJar,
        Path outDir,
        Path logDir,
        int[] connections,
        int launches,
        int runs,
        double jitWarmupSeconds,
        double warmupSeconds,
        double runSeconds,
        double sliceSeconds,
        int[] extraPhones,
        int scalingConnections,
        int scalingRuns,
        double scalingRunSeconds,
        long soakRequests,
        int startups,
        List<String> serverJvmOptions,
        List<String> serverArgs,
        double quietCores,
        int quietTimeoutSeconds,
        List<String> parts) {

    /** Each option, its default (the full run's) and what it sets; the method's reasons are in bench/README.md. */
    private static final String[][] OPTIONS = {
        {"--simulator-jar", "mock-server/target/vicidial-mock.jar", "the simulator's runnable jar"},
        {"--out", "reports/bench", "where results go"},
        {"--logs", "bench/target/bench-logs", "server logs"},
        {"--connections", "1,8,64", "concurrent keep-alive connections per row"},
        {"--launches", "3", "fresh pairs of server JVMs the side-by-side part is repeated on (their speeds differ)"},
        {"--runs", "3", "timed runs per row and launch; the median over all launches is reported"},
        {"--jit-warmup-seconds", "90", "untimed load per server JVM before anything is timed, shared by the workloads"},
        {"--warmup-seconds", "1", "untimed load before the runs of each row"},
        {"--run-seconds", "3", "length of each timed run"},
        {"--slice-seconds", "0.5", "a timed run is cut into slices this long, taken in turns with the other server's"},
        {"--phones", "0,1000,10000,100000", "generated phones added to the seed for the scaling part"},
        {"--scaling-connections", "8", "connections for the scaling part"},
        {"--scaling-runs", "3", "timed runs per workload and state size"},
        {"--scaling-run-seconds", "2", "length of each timed run of the scaling part"},
        {"--soak-requests", "110000", "updates sent before the last heap reading (admin log and journal full)"},
        {"--startups", "5", "cold starts per server for time to first answer"},
        {"--server-jvm-options", "", "JVM options for both server JVMs (default: none, as `java -jar` runs)"},
        {"--server-args", "", "engine flags for both servers, e.g. \"--max-request-journal-entries 1000\""},
        {"--quiet-cores", "0.2", "before each part, wait until other processes use less CPU than this"},
        {"--quiet-timeout", "180", "... for at most this many seconds (then measure anyway, and say so)"},
        {"--parts", "startup,throughput,scaling", "which parts to run"},
    };

    static final String USAGE = "usage: java -jar bench/target/vicidial-bench.jar [options]\n"
            + Arrays.stream(OPTIONS)
                    .map(o -> String.format("  %-29s %s%n", o[0] + " " + (o[1].isEmpty() ? "\"…\"" : o[1]), o[2]))
                    .collect(Collectors.joining())
            + "  --quick                       one short run of everything (smoke test)\n";

    static BenchOptions parse(String[] args) {
        Map<String, String> a = new LinkedHashMap<>();
        for (String[] o : OPTIONS) {
            a.put(o[0], o[1]);
        }
        for (int i = 0; i < args.length; i++) {
            String k = args[i];
            if (k.equals("--quick")) {
                a.put("--launches", "1");
                a.put("--runs", "1");
                a.put("--jit-warmup-seconds", "2");
                a.put("--warmup-seconds", "1");
                a.put("--run-seconds", "1");
                a.put("--scaling-run-seconds", "1");
                a.put("--scaling-runs", "1");
                a.put("--phones", "0,100000");
                a.put("--startups", "2");
                a.put("--soak-requests", "0");
                a.put("--quiet-timeout", "5");
            } else if (k.equals("--help") || k.equals("-h")) {
                System.out.print(USAGE);
                System.exit(0);
            } else if (a.containsKey(k) && i + 1 < args.length) {
                a.put(k, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown or incomplete option " + k + "\n" + USAGE);
            }
        }
        String jvm = a.get("--server-jvm-options").trim();
        String serverArgs = a.get("--server-args").trim();
        return new BenchOptions(
                Path.of(a.get("--simulator-jar")),
                Path.of(a.get("--out")),
                Path.of(a.get("--logs")),
                ints(a.get("--connections")),
                Integer.parseInt(a.get("--launches")),
                Integer.parseInt(a.get("--runs")),
                Double.parseDouble(a.get("--jit-warmup-seconds")),
                Double.parseDouble(a.get("--warmup-seconds")),
                Double.parseDouble(a.get("--run-seconds")),
                Double.parseDouble(a.get("--slice-seconds")),
                ints(a.get("--phones")),
                Integer.parseInt(a.get("--scaling-connections")),
                Integer.parseInt(a.get("--scaling-runs")),
                Double.parseDouble(a.get("--scaling-run-seconds")),
                Long.parseLong(a.get("--soak-requests")),
                Integer.parseInt(a.get("--startups")),
                jvm.isEmpty() ? List.of() : Arrays.asList(jvm.split("\\s+")),
                serverArgs.isEmpty() ? List.of() : Arrays.asList(serverArgs.split("\\s+")),
                Double.parseDouble(a.get("--quiet-cores")),
                Integer.parseInt(a.get("--quiet-timeout")),
                Arrays.asList(a.get("--parts").split(",")));
    }

    private static int[] ints(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    boolean runs(String part) {
        return parts.contains(part);
    }

    /** The settings as strings for results.json, plus a one-line description for the summary. */
    Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("connections", Arrays.toString(connections));
        m.put("launches", Integer.toString(launches));
        m.put("runs", Integer.toString(runs));
        m.put("jitWarmupSeconds", Double.toString(jitWarmupSeconds));
        m.put("warmupSeconds", Double.toString(warmupSeconds));
        m.put("runSeconds", Double.toString(runSeconds));
        m.put("sliceSeconds", Double.toString(sliceSeconds));
        m.put("extraPhones", Arrays.toString(extraPhones));
        m.put("scalingConnections", Integer.toString(scalingConnections));
        m.put("scalingRuns", Integer.toString(scalingRuns));
        m.put("scalingRunSeconds", Double.toString(scalingRunSeconds));
        m.put("soakRequests", Long.toString(soakRequests));
        m.put("startups", Integer.toString(startups));
        m.put("serverJvmOptions", String.join(" ", serverJvmOptions));
        m.put("serverArgs", String.join(" ", serverArgs));
        List<String> d = new ArrayList<>();
        d.add(String.format(
                Locale.ROOT,
                "closed-loop load over loopback with keep-alive connections; %d launches,"
                        + " each a fresh baseline JVM and a fresh simulator JVM with %.0f s JIT warm-up per server, then per"
                        + " row %.0f s warm-up and %d timed runs of %.0f s, interleaved across rows; each run of the baseline"
                        + " and of the simulator cut into %.1f s slices taken in turns (ABBA); medians over all %d runs of a"
                        + " row reported",
                launches,
                jitWarmupSeconds,
                warmupSeconds,
                runs,
                runSeconds,
                sliceSeconds,
                launches * runs));
        d.add("both servers launched as `java "
                + (serverJvmOptions.isEmpty() ? "" : String.join(" ", serverJvmOptions) + " ")
                + "-jar … --port N" + (serverArgs.isEmpty() ? "" : " " + String.join(" ", serverArgs))
                + "` with the standalone runner's engine settings; load generator in a third JVM on the same cores");
        m.put("describe", String.join("; ", d) + ".");
        return m;
    }
}
