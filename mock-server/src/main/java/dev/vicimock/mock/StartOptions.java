package dev.vicimock.mock;

import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.wiremock.EngineSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The standalone runner's command line, as picocli reads it: every option with its default and its help line.
 * Values are checked when they become a {@link VicidialMock.Builder}, with messages that say what is allowed.
 */
@Command(
        name = "java -jar vicidial-mock.jar",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        sortOptions = false,
        customSynopsis = "java -jar vicidial-mock.jar [OPTIONS]",
        description = "Serves a simulated VICIdial non_agent_api.php and its admin API (/__admin/vicidial).",
        footer = "Also: java -jar vicidial-mock.jar compare LEFT RIGHT [--out DIR] (what answers differently between"
                + " two runs or two releases; see compare --help)")
final class StartOptions {
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})([smhd])");

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "port to listen on (default: ${DEFAULT-VALUE}; 0 = any free port)")
    String port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(
            names = "--profile",
            paramLabel = "RELEASE",
            completionCandidates = ReleaseNames.class,
            description = "release to answer as: ${COMPLETION-CANDIDATES} (default: the first)")
    String profile;

    @Option(
            names = "--state",
            paramLabel = "FILE",
            description = "start state, a vicidial-state/1 document (default: the recorded seed)")
    Path state;

    @Option(names = "--state-file", paramLabel = "FILE", description = "keep the state in FILE across restarts")
    Path stateFile;

    @Option(
            names = "--admin-token",
            paramLabel = "TOKEN",
            description = "require 'Authorization: Bearer TOKEN' on /__admin (or env " + Main.TOKEN_VARIABLE + ")")
    String adminToken;

    @Option(
            names = "--max-dialers",
            paramLabel = "N",
            description = "isolated dialers (/dialers/NAME/vicidial/non_agent_api.php) kept at most (default: "
                    + "100; 0 = none)")
    String maxDialers;

    @Option(
            names = "--dialer-idle-expiry",
            paramLabel = "DURATION",
            description =
                    "remove an isolated dialer unused this long: 90s, 30m, 2h, 1d or PT1H (default: 1h; 0 = never)")
    String dialerIdleExpiry;

    @Option(
            names = "--max-request-journal-entries",
            paramLabel = "N",
            description =
                    "requests kept in WireMock's journal (default: " + EngineSettings.DEFAULT_JOURNAL_ENTRIES + ")")
    String journalEntries;

    @Option(
            names = "--container-threads",
            paramLabel = "N",
            description = "Jetty's threads, six of them for connections (default: 6 + 2 per core, at least 10)")
    String containerThreads;

    @Option(names = "--verbose", description = "log every request (passwords masked)")
    boolean verbose;

    /** The mock these options describe; throws IllegalArgumentException naming the option of a bad value. */
    VicidialMock.Builder toBuilder(String tokenFromEnvironment) {
        VicidialMock.Builder b = VicidialMock.builder()
                .port(port(port))
                .bindAddress(bind)
                .adminToken(adminToken != null ? adminToken : tokenFromEnvironment)
                .verbose(verbose);
        if (profile != null) {
            b.profile(profile);
        }
        if (state != null) {
            b.stateFile(state);
        }
        if (stateFile != null) {
            b.durableStateFile(stateFile);
        }
        if (maxDialers != null) {
            b.maxDialers(maxDialers.equals("0") ? 0 : count(maxDialers, "--max-dialers"));
        }
        if (dialerIdleExpiry != null) {
            b.dialerIdleExpiry(duration(dialerIdleExpiry, "--dialer-idle-expiry"));
        }
        EngineSettings engine = EngineSettings.defaults();
        if (journalEntries != null) {
            engine = engine.withJournalEntries(count(journalEntries, "--max-request-journal-entries"));
        }
        if (containerThreads != null) {
            engine = engine.withContainerThreads(threads(containerThreads));
        }
        EngineSettings chosen = engine;
        return b.wireMockOptions(chosen::applyTo);
    }

    private static int count(String s, String option) {
        try {
            int n = Integer.parseInt(s);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(option + " must be a whole number of 1 or more, got " + s);
    }

    /** {@code 0}, a whole number with a unit ({@code 90s}, {@code 30m}, {@code 2h}, {@code 1d}) or ISO-8601. */
    static Duration duration(String s, String option) {
        Matcher m = SHORT_DURATION.matcher(s);
        try {
            if (s.equals("0")) {
                return Duration.ZERO;
            }
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            }
            Duration d = Duration.parse(s);
            if (!d.isNegative()) {
                return d;
            }
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(
                option + " must be 0 or a duration such as 90s, 30m, 2h, 1d or PT1H, got " + s);
    }

    private static int threads(String s) {
        int n = count(s, "--container-threads");
        if (n < EngineSettings.MIN_CONTAINER_THREADS) {
            throw new IllegalArgumentException(
                    "--container-threads must be at least " + EngineSettings.MIN_CONTAINER_THREADS
                            + " (Jetty keeps six threads to accept and select connections), got " + s);
        }
        return n;
    }

    private static int port(String s) {
        try {
            int p = Integer.parseInt(s);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--port must be 0..65535, got " + s);
    }

    /** The known release profiles, newest first, for the usage text. */
    static final class ReleaseNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Releases.names().iterator();
        }
    }
}
