package dev.vicimock.mock.state;

/** A state file that cannot be used: unreadable, not a valid state, locked by another process, or unwritable. */
public final class StateFileException extends RuntimeException {
    public StateFileException(String message) {
        super(message);
    }

    public StateFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
