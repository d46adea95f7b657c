package dev.vicimock.mock.state;

/** A state document that cannot be loaded; the message names the problem and where it is. */
public final class StateException extends RuntimeException {
    public StateException(String message) {
        super(message);
    }

    public StateException(String message, Throwable cause) {
        super(message, cause);
    }
}
