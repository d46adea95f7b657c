package dev.vicimock.bench.load;

/** The requests one connection sends, in order, and how it judges each answer. */
public interface ConnectionScript {
    /** The complete request bytes to send next (see {@link HttpConnection#get}). */
    byte[] next();

    /** Whether the answer to the request last returned by {@link #next()} is the expected one. */
    boolean accept(HttpResponse response);
}
