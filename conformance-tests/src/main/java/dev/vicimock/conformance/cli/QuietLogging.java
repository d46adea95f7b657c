package dev.vicimock.conformance.cli;

import dev.vicimock.conformance.report.Redactor;
import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The runnable suite's logging: the suite's own notes (which target, which release) and any library's warnings,
 * each as one masked line on stderr; no stack traces, and nothing from libraries below warning level. Jetty,
 * WireMock's Jetty and Allure log through SLF4J, which the jar binds to nothing.
 */
final class QuietLogging {

    /** Held, so that the level set on it is not lost when the logger is collected. */
    private static final Logger SUITE = Logger.getLogger("dev.vicimock.conformance");

    private QuietLogging() {}

    static void install(PrintStream err) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        SUITE.setLevel(Level.INFO);
        root.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (!isLoggable(record)) {
                    return;
                }
                String message = record.getMessage();
                if (message == null && record.getThrown() != null) {
                    message = record.getThrown().toString();
                } else if (message != null && record.getParameters() != null && record.getParameters().length > 0) {
                    try {
                        message = MessageFormat.format(message, record.getParameters());
                    } catch (IllegalArgumentException notAPattern) {
                        // the message as written is still worth a line
                    }
                }
                String prefix = record.getLevel().intValue() >= Level.WARNING.intValue()
                        ? record.getLevel().getName().toLowerCase(Locale.ROOT) + ": "
                        : "";
                err.println(Redactor.message(prefix + ConsoleReport.firstLine(message)));
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                flush();
            }
        });
    }
}
