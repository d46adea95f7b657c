package dev.vicimock.conformance.target;

/**
 * Where the suite reads what a target stored: the simulator's admin API, or a read-only connection to a real
 * server's database ({@code vicidial.db.url}). Without one, a real server's stored values are not checked.
 */
public interface StateSource extends AutoCloseable {

    /** Everything the keys name, read now and kept: the state before a request. */
    StoredState snapshot(StateKeys keys);

    /** The state now, read as the steps ask for it: the state after a request. */
    StoredState current(StateKeys keys);

    /** One line for reports, e.g. "the simulator's admin API". */
    String describe();

    @Override
    void close();
}
