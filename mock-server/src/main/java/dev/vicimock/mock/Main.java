package dev.vicimock.mock;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The standalone runner: {@code java -jar vicidial-mock.jar [OPTIONS]} (see {@code --help} and {@link StartOptions}),
 * or {@code java -jar vicidial-mock.jar compare LEFT RIGHT} (see {@link CompareCommand}).
 * Prints the URL it serves and stops cleanly on SIGTERM or Ctrl-C; a bad option or start state exits with 2.
 */
public final class Main {
    /** The environment variable that sets the admin token when {@code --admin-token} is not given. */
    public static final String TOKEN_VARIABLE = "VICIDIAL_MOCK_ADMIN_TOKEN";

    private static final String HINT = " (see java -jar vicidial-mock.jar --help)";

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals(CompareCommand.NAME)) {
            System.exit(CompareCommand.execute(
                    Arrays.copyOfRange(args, 1, args.length),
                    new PrintWriter(System.out, true),
                    new PrintWriter(System.err, true)));
        }
        StartOptions options = new StartOptions();
        CommandLine command = new CommandLine(options);
        VicidialMock mock;
        try {
            command.parseArgs(args);
            if (command.isUsageHelpRequested() || command.isVersionHelpRequested()) {
                PrintWriter out = new PrintWriter(System.out, true);
                if (command.isUsageHelpRequested()) {
                    command.usage(out);
                } else {
                    command.printVersionHelp(out);
                }
                return;
            }
            mock = options.toBuilder(System.getenv(TOKEN_VARIABLE)).build();
        } catch (ParameterException | IllegalArgumentException e) {
            fail(oneLine(e.getMessage()) + HINT);
            return;
        } catch (RuntimeException e) {
            fail("cannot start: " + oneLine(e.getMessage()));
            return;
        }
        serve(mock);
    }

    private static void serve(VicidialMock mock) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        mock.start();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            mock.close();
                            stopped.countDown();
                        },
                        "vicidial-mock-shutdown"));
        System.out.println("vicidial-mock " + mock.simulator().release().name() + " serving " + mock.apiUrl());
        mock.stateFile()
                .ifPresent(f -> System.out.println(
                        "state file: " + f.path() + (f.created() ? " (created from the start state)" : " (loaded)")));
        if (!mock.adminProtected() && !mock.loopbackOnly()) {
            System.out.println("warning: the admin API is open to the network; set --admin-token or " + TOKEN_VARIABLE);
        }
        // the last line about the server: scripts may wait for it
        System.out.println("admin: " + mock.baseUrl() + "/__admin/vicidial/state"
                + (mock.adminProtected() ? " (Authorization: Bearer token required)" : ""));
        System.out.flush();
        stopped.await();
    }

    /** The mock the arguments describe; throws IllegalArgumentException for a bad option or value. */
    static VicidialMock.Builder parse(String[] args, String tokenFromEnvironment) {
        StartOptions options = new StartOptions();
        try {
            new CommandLine(options).parseArgs(args);
        } catch (ParameterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return options.toBuilder(tokenFromEnvironment);
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*\\R\\s*", "; ");
    }

    private static void fail(String message) {
        System.err.println("vicidial-mock: " + message);
        System.exit(2);
    }
}
