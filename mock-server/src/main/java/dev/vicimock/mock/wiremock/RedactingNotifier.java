package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.common.Notifier;
import dev.vicimock.mock.http.Redaction;

/**
 * Passes log messages on with secrets masked: WireMock logs whole requests, admin bodies and answers. Logging
 * must never break a request, so a message that cannot be masked is replaced by a note saying so.
 */
public final class RedactingNotifier implements Notifier {
    private final Notifier notifier;
    private final boolean infoShown;

    /** {@code infoShown}: false when the notifier drops info messages, which then need no masking. */
    public RedactingNotifier(Notifier notifier, boolean infoShown) {
        this.notifier = notifier;
        this.infoShown = infoShown;
    }

    @Override
    public void info(String message) {
        if (infoShown) {
            notifier.info(mask(message));
        }
    }

    @Override
    public void error(String message) {
        notifier.error(mask(message));
    }

    @Override
    public void error(String message, Throwable t) {
        notifier.error(mask(message), t);
    }

    private static String mask(String message) {
        try {
            return Redaction.text(message);
        } catch (RuntimeException | StackOverflowError e) {
            return "(a message of " + message.length() + " characters withheld: its secrets could not be masked)";
        }
    }
}
