package dev.vicimock.mock;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone runner: {@code java -jar vicidial-mock.jar [--port 8080] [--state FILE] [--profile 2.14-202]
 * [--bind 127.0.0.1] [--verbose]}. Prints the URL it serves and stops cleanly on SIGTERM or Ctrl-C.
 */
public final class Main {
    private static final String USAGE = "usage: java -jar vicidial-mock.jar [--port N (default 8080, 0 = any free port)]"
            + " [--state FILE] [--profile 2.14-202|2.14-107] [--bind ADDRESS (default 127.0.0.1)] [--verbose]";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        VicidialMock mock;
        try {
            mock = parse(args).build();
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
            mock.stop();
            stopped.countDown();
        }, "vicidial-mock-shutdown"));
        System.out.println("vicidial-mock " + mock.simulator().release().name() + " serving " + mock.apiUrl());
        System.out.println("admin: " + mock.baseUrl() + "/__admin/vicidial/state");
        System.out.flush();
        stopped.await();
    }

    static VicidialMock.Builder parse(String[] args) {
        VicidialMock.Builder b = VicidialMock.builder().port(8080);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port" -> b.port(parsePort(value(args, ++i, a)));
                case "--state" -> b.stateFile(Path.of(value(args, ++i, a)));
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
