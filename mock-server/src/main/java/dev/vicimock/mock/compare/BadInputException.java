package dev.vicimock.mock.compare;

/** A run file or profile the comparison cannot use; its message is one line meant for the user. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
