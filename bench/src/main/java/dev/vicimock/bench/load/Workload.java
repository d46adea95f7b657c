package dev.vicimock.bench.load;

/**
 * A kind of request traffic, e.g. "update_phone success". Each connection gets its own script so
 * per-connection sequences (an add followed by its delete) need no coordination between threads.
 */
public interface Workload {
    /** Short stable name used in tables, CSV and the plot, e.g. {@code update-success}. */
    String name();

    /** A fresh script for connection number {@code connection} (0-based) against host:port. */
    ConnectionScript script(int connection, String host, int port);
}
