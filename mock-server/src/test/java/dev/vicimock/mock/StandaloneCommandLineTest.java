package dev.vicimock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.release.Releases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The standalone runner's command line as a user meets it: help, version, errors and a quiet start. */
class StandaloneCommandLineTest {
    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        if (!p.waitFor(1, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the runner did not exit");
        }
        return new Run(
                p.exitValue(),
                new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void helpGoesToStandardOutputOneOptionPerLineAndExitsZero() throws Exception {
        Run r = run("--help");
        assertEquals(0, r.exit());
        assertEquals("", r.err());
        for (String option : List.of(
                "--port",
                "--bind",
                "--profile",
                "--state=",
                "--state-file",
                "--admin-token",
                "--max-request-journal-entries",
                "--container-threads",
                "--max-dialers",
                "--dialer-idle-expiry",
                "--verbose",
                "--version")) {
            assertEquals(
                    1,
                    r.out()
                            .lines()
                            .filter(l -> l.trim().matches("(-\\w, )?" + option + "\\b.*"))
                            .count(),
                    option + " in\n" + r.out());
        }
    }

    @Test
    void versionNamesTheBuildAndWireMock() throws Exception {
        Run r = run("--version");
        assertEquals(0, r.exit());
        assertTrue(
                r.out()
                        .matches("vicidial-mock \\S+ \\(WireMock 3\\.13\\.\\d+; releases "
                                + Pattern.quote(String.join(", ", Releases.names())) + "\\)\\R"),
                r.out());
    }

    @Test
    void aBadOptionExitsTwoWithOneLineAndAHint() throws Exception {
        for (String[] args : List.of(
                new String[] {"--prot", "1"},
                new String[] {"--port"},
                new String[] {"--port", "x"},
                new String[] {"--profile", "9.9"},
                new String[] {"--max-dialers", "-1"},
                new String[] {"--dialer-idle-expiry", "soon"})) {
            Run r = run(args);
            assertEquals(2, r.exit(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("--help"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void startsQuietlyWithNoLoggerWarnings() throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "--port",
                        "0")
                .redirectErrorStream(true)
                .start();
        try {
            List<String> lines = new ArrayList<>();
            var in = p.inputReader(StandardCharsets.UTF_8);
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("admin: ")) {
                    break;
                }
            }
            assertTrue(lines.get(0).startsWith("vicidial-mock 2.14-202 serving http://127.0.0.1:"), lines.toString());
            assertEquals(2, lines.size(), lines.toString());
            assertFalse(lines.toString().contains("SLF4J"), lines.toString());
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
