package dev.vicimock.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.release.Releases;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The runnable suite as QA runs it, {@code java -jar vicidial-conformance.jar}, after {@code package}: every
 * feature inside the jar against the embedded simulator, a run against a server that answers as another release
 * than it claims, and command lines it must refuse.
 */
class RunnableSuiteIT {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) passed, (\\d+) failed, (\\d+) skipped");
    /** A line of a Java stack trace, or of a "Caused by" chain. */
    private static final Pattern TRACE = Pattern.compile("^\\s+at \\S+\\(.*\\)$|^Caused by: ");

    private static Path jar;
    private static Path work;

    @BeforeAll
    static void locateTheJar() throws IOException {
        jar = Path.of(System.getProperty("conformance.jar", "target/vicidial-conformance.jar"));
        assertTrue(Files.isRegularFile(jar), "no runnable suite at " + jar + ": run mvn package first");
        work = Files.createDirectories(Path.of(System.getProperty("conformance.it.dir", "target/runnable-suite-it")));
    }

    @Test
    void everyScenarioOfTheFeaturesRunsOnTheSimulatorAndTheReportsAreWritten() throws Exception {
        Path config = properties("mock", Map.of("vicidial.target", "mock", "vicidial.profile", oldest().name()));
        Path report = work.resolve("mock-report");

        Result run = runJar("--config", config.toString(), "--report", report.toString());

        assertEquals(0, run.status, run::describe);
        int[] counts = run.summary();
        assertEquals(
                scenariosCucumberFindsIn(Path.of("../features")), counts[0] + counts[1] + counts[2], run::describe);
        assertEquals(0, counts[1], run::describe);
        assertEquals(counts[2], run.linesStartingWith("SKIPPED "), run::describe);
        run.assertNoNoise();
        // Allure writes one result per scenario; the HTML report and the coverage tables beside them
        assertEquals(counts[0] + counts[1] + counts[2], files(report.resolve("allure-results"), "*-result.json"));
        assertTrue(Files.size(report.resolve("cucumber.html")) > 0, "empty HTML report");
        assertEquals(1, files(report.resolve("coverage"), "coverage-mock-" + oldest().name() + ".md"));
    }

    @Test
    void aServerAnsweringAsAnOlderReleaseThanItClaimsFailsOneLineAScenario() throws Exception {
        Release claimed = Releases.DEFAULT;
        Release actual = oldest();
        try (VicidialMock server = VicidialMock.builder()
                        .port(0)
                        .profile(actual.name())
                        .build()
                        .start();
                VersionLie lie = new VersionLie(server.baseUrl(), actual, claimed)) {
            Path config = properties("real", RealTargetRehearsalTest.settingsAsRealServer(lie.url(server.apiUrl())));

            // webphone flags exist from 2.14-128 on: the old release ignores them where the claimed one stores them
            Result run = runJar(
                    "--config",
                    config.toString(),
                    "--tags",
                    "@is_webphone",
                    "--report",
                    work.resolve("lie-report").toString());

            assertEquals(1, run.status, run::describe);
            int[] counts = run.summary();
            assertTrue(counts[1] > 0, run::describe);
            assertEquals(
                    counts[1], run.linesStartingWith("FAILED features/field-webphone-flags.feature:"), run::describe);
            // nothing else but the report's place and the summary
            assertEquals(counts[1] + counts[2] + 2, run.out.size(), run::describe);
            run.assertNoNoise();
        }
    }

    @Test
    void aServerThatCannotBeReachedFailsTheRunInOneLine() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Path config = properties(
                "unreachable",
                RealTargetRehearsalTest.settingsAsRealServer(
                        "http://127.0.0.1:" + closedPort + "/vicidial/non_agent_api.php"));

        Result run = runJar(
                "--config",
                config.toString(),
                "--tags",
                "@version",
                "--report",
                work.resolve("unreachable-report").toString());

        assertEquals(1, run.status, run::describe);
        int[] counts = run.summary();
        assertEquals(
                List.of(0, (int) scenariosCucumberFindsIn(Path.of("../features"), "version"), 0),
                List.of(counts[0], counts[1], counts[2]),
                run::describe);
        assertEquals(
                1,
                run.linesStartingWith("FAILED the run: " + counts[1] + " scenarios not run: target unreachable"),
                run::describe);
        run.assertNoNoise();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "an unknown option; --config|x.properties|--colour; Unknown option: '--colour'",
                "no settings file; --tags|@version; Missing required option: '--config=FILE'",
                "a settings file that is not there; --config|no-such.properties; no-such.properties does not exist",
                "a tag expression Cucumber cannot read; --config|x.properties|--tags|@a and; --tags: Tag expression",
                "a release the simulator does not know; --config|unknown-release.properties; is not a release",
                "a settings file that names no target; --config|no-target.properties; vicidial.target is not set",
                "a server without its admin; --config|no-admin.properties;"
                        + " vicidial.user.admin, vicidial.pass.admin are required",
            })
    void aCommandLineItCannotRunWithIsOneLineAndStatus2(String what, String args, String message) throws Exception {
        properties("x", Map.of("vicidial.target", "mock"));
        properties("unknown-release", Map.of("vicidial.target", "mock", "vicidial.profile", "2.14-999"));
        properties("no-target", Map.of("vicidial.profile", "2.14-159"));
        Map<String, String> noAdmin =
                new HashMap<>(RealTargetRehearsalTest.settingsAsRealServer("http://127.0.0.1:1/non_agent_api.php"));
        noAdmin.keySet().removeIf(key -> key.endsWith(".admin"));
        properties("no-admin", noAdmin);

        Result run = runJar(args.split("\\|"));

        assertEquals(2, run.status, run::describe);
        assertEquals(List.of(), run.out, run::describe);
        assertEquals(1, run.err.size(), run::describe);
        assertTrue(run.err.get(0).contains(message), run::describe);
    }

    /** How many scenarios and examples Cucumber's engine finds in the features of the repository. */
    private static long scenariosCucumberFindsIn(Path features) {
        return scenariosCucumberFindsIn(features, null);
    }

    /** How many of them carry a tag (JUnit's name for it, without the @), or all when the tag is null. */
    private static long scenariosCucumberFindsIn(Path features, String tag) {
        return LauncherFactory.create()
                .discover(LauncherDiscoveryRequestBuilder.request()
                        .selectors(DiscoverySelectors.selectDirectory(features.toFile()))
                        .filters(EngineFilter.includeEngines("cucumber"))
                        .build())
                .countTestIdentifiers(
                        id -> id.isTest() && (tag == null || id.getTags().contains(TestTag.create(tag))));
    }

    private static Release oldest() {
        List<Release> all = Releases.all();
        return all.get(all.size() - 1);
    }

    private static Path properties(String name, Map<String, String> settings) throws IOException {
        Properties p = new Properties();
        p.putAll(settings);
        Path file = work.resolve(name + ".properties");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            p.store(w, null);
        }
        return file;
    }

    private static int files(Path dir, String glob) throws IOException {
        int n = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, glob)) {
            for (Path ignored : s) {
                n++;
            }
        }
        return n;
    }

    private static Result runJar(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "stdout", ".txt");
        Path err = Files.createTempFile(work, "stderr", ".txt");
        Process process = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the runnable suite did not finish in 5 minutes: " + command);
        }
        try {
            return new Result(
                    process.exitValue(),
                    Files.readAllLines(out, StandardCharsets.UTF_8),
                    Files.readAllLines(err, StandardCharsets.UTF_8));
        } finally {
            // an assertion message quotes what matters of them
            Files.delete(out);
            Files.delete(err);
        }
    }

    private record Result(int status, List<String> out, List<String> err) {

        /** The counts of the summary, which must be the last line. */
        int[] summary() {
            assertFalse(out.isEmpty(), this::describe);
            Matcher m = SUMMARY.matcher(out.get(out.size() - 1));
            assertTrue(m.matches(), this::describe);
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
        }

        long linesStartingWith(String start) {
            return out.stream().filter(l -> l.startsWith(start)).count();
        }

        /** No stack trace and no library's logging, on either stream. */
        void assertNoNoise() {
            for (String line : concat()) {
                assertFalse(TRACE.matcher(line).find(), () -> "a stack trace line: " + line + "\n" + describe());
                assertFalse(
                        line.matches("(?i).*(slf4j|wiremock|jetty|cucumber\\.io|publish).*"),
                        () -> "a library's line: " + line + "\n" + describe());
            }
        }

        private List<String> concat() {
            List<String> all = new ArrayList<>(out);
            all.addAll(err);
            return all;
        }

        String describe() {
            return "exit status " + status + "\n--- stdout\n" + String.join("\n", tail(out)) + "\n--- stderr\n"
                    + String.join("\n", tail(err));
        }

        private static List<String> tail(List<String> lines) {
            return lines.subList(Math.max(0, lines.size() - 40), lines.size());
        }
    }

    /**
     * A web server in front of the simulator that passes every request on, except that its version answer names
     * another release: a dialer whose answers are not those of the release it reports.
     */
    private static final class VersionLie implements AutoCloseable {
        private final HttpServer server;
        private final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final String upstream;
        private final String actualVersion;
        private final String claimedVersion;

        VersionLie(String upstreamBaseUrl, Release actual, Release claimed) throws IOException {
            this.upstream = upstreamBaseUrl;
            this.actualVersion = "VERSION: " + actual.name() + "|BUILD: " + actual.build() + "|";
            this.claimedVersion = "VERSION: " + claimed.name() + "|BUILD: " + claimed.build() + "|";
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            server.createContext("/", this::forward);
            server.start();
        }

        /** The URL through this server for a URL of the simulator. */
        String url(String upstreamUrl) {
            return upstreamUrl.replace(
                    upstream, "http://127.0.0.1:" + server.getAddress().getPort());
        }

        private void forward(HttpExchange exchange) throws IOException {
            try {
                byte[] body = exchange.getRequestBody().readAllBytes();
                HttpRequest.Builder request = HttpRequest.newBuilder(
                                URI.create(upstream + exchange.getRequestURI().toString()))
                        .method(
                                exchange.getRequestMethod(),
                                body.length == 0
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofByteArray(body));
                String type = exchange.getRequestHeaders().getFirst("Content-Type");
                if (type != null) {
                    request.header("Content-Type", type);
                }
                HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                byte[] answer = response.body();
                String text = new String(answer, StandardCharsets.UTF_8);
                if (text.startsWith(actualVersion)) {
                    answer = (claimedVersion + text.substring(actualVersion.length())).getBytes(StandardCharsets.UTF_8);
                }
                for (String header : List.of("Content-Type", "Cache-Control", "Pragma")) {
                    response.headers()
                            .firstValue(header)
                            .ifPresent(v -> exchange.getResponseHeaders().set(header, v));
                }
                exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            } finally {
                exchange.close();
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
