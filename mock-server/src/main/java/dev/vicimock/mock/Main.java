package dev.vicimock.mock;

import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.wiremock.EngineSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone runner: {@code java -jar vicidial-mock.jar [--port 8080] [--state FILE] [--state-file FILE]
 * [--profile 2.14-202] [--bind 127.0.0.1] [--admin-token TOKEN] [--max-request-journal-entries N]
 * [--container-threads N] [--verbose]}.
 * Prints the URL it serves and stops cleanly on SIGTERM or Ctrl-C.
 */
public final class Main {
    /** The environment variable that sets the admin token when {@code --admin-token} is not given. */
    public static final String TOKEN_VARIABLE = "VICIDIAL_MOCK_ADMIN_TOKEN";
    private static final String USAGE = "usage: java -jar vicidial-mock.jar [--port N (default 8080, 0 = any free port)]"
            + " [--state FILE (start state)] [--state-file FILE (kept across restarts)] [--profile "
            + String.join("|", Releases.names()) + "]"
            + " [--bind ADDRESS (default 127.0.0.1)] [--admin-token TOKEN (or env " + TOKEN_VARIABLE + ")]"
            + " [--max-request-journal-entries N (default " + EngineSettings.DEFAULT_JOURNAL_ENTRIES + ")]"
            + " [--container-threads N (default " + EngineSettings.defaultContainerThreads() + " here)] [--verbose]";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        VicidialMock mock;
        try {
            mock = parse(args, System.getenv(TOKEN_VARIABLE)).build();
        } catch (IllegalArgumentException e) {
            fail(System.err, e.getMessage());
            return;
        } catch (RuntimeException e) {
            fail(System.err, "cannot start: " + e.getMessage());
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        mock.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mock.close();
            stopped.countDown();
        }, "vicidial-mock-shutdown"));
        System.out.println("vicidial-mock " + mock.simulator().release().name() + " serving " + mock.apiUrl());
        mock.stateFile().ifPresent(f -> System.out.println("state file: " + f.path()
                + (f.created() ? " (created from the start state)" : " (loaded)")));
        if (!mock.adminProtected() && !mock.loopbackOnly()) {
            System.out.println("warning: the admin API is open to the network; set --admin-token or " + TOKEN_VARIABLE);
        }
        // the last line about the server: scripts may wait for it
        System.out.println("admin: " + mock.baseUrl() + "/__admin/vicidial/state"
                + (mock.adminProtected() ? " (Authorization: Bearer token required)" : ""));
        System.out.flush();
        stopped.await();
    }

    static VicidialMock.Builder parse(String[] args, String tokenFromEnvironment) {
        VicidialMock.Builder b = VicidialMock.builder().port(8080).adminToken(tokenFromEnvironment);
        EngineSettings[] engine = {EngineSettings.defaults()};
        b.wireMockOptions(c -> engine[0].applyTo(c));
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port" -> b.port(parsePort(value(args, ++i, a)));
                case "--state" -> b.stateFile(Path.of(value(args, ++i, a)));
                case "--state-file" -> b.durableStateFile(Path.of(value(args, ++i, a)));
                case "--admin-token" -> b.adminToken(value(args, ++i, a));
                case "--max-request-journal-entries" ->
                        engine[0] = engine[0].withJournalEntries(parseCount(value(args, ++i, a), a));
                case "--container-threads" ->
                        engine[0] = engine[0].withContainerThreads(parseThreads(value(args, ++i, a), a));
                case "--profile" -> b.profile(value(args, ++i, a));
                case "--bind" -> b.bindAddress(value(args, ++i, a));
                case "--verbose" -> b.verbose(true);
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        return b;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static int parseCount(String s, String option) {
        try {
            int n = Integer.parseInt(s);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number of 1 or more, got " + s);
        }
    }

    private static int parseThreads(String s, String option) {
        int n = parseCount(s, option);
        if (n < EngineSettings.MIN_CONTAINER_THREADS) {
            throw new IllegalArgumentException(option + " must be at least " + EngineSettings.MIN_CONTAINER_THREADS
                    + " (Jetty keeps six threads to accept and select connections), got " + s);
        }
        return n;
    }

    private static int parsePort(String s) {
        try {
            int p = Integer.parseInt(s);
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be 0..65535, got " + s);
        }
    }

    private static void fail(PrintStream err, String message) {
        err.println(message);
        System.exit(2);
    }
}
