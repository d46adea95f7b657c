package dev.vicimock.conformance.db;

/**
 * The database {@code vicidial.db.url} names cannot be used: a bad URL, no connection, an account that could write,
 * or tables it cannot read. The message is one line that says which and what to do; the run does not start.
 */
public final class UnusableDatabase extends RuntimeException {
    UnusableDatabase(String message) {
        super(message);
    }
}
