package dev.vicimock.conformance.cli;

/** A command line or settings file the suite cannot run with; its message is the one line the user sees. */
final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message, null, false, false);
    }
}
