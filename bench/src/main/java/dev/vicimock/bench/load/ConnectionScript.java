package dev.vicimock.bench.load;

/** The requests one connection sends, in order, and how it judges each answer. */
public interface ConnectionScript {
    /** The complete request bytes to send next (see {@link HttpConnection#get}). */
    byte[] next();

    /** Whether the answer to the request last returned by {@link #next()} is the expected one. */
    boolean accept(HttpResponse response);

    /** A script that sends the same request over and over and judges every answer alike. */
    static ConnectionScript repeating(byte[] request, java.util.function.Predicate<HttpResponse> accept) {
        return new ConnectionScript() {
            @Override
            public byte[] next() {
                return request;
            }

            @Override
            public boolean accept(HttpResponse response) {
                return accept.test(response);
            }
        };
    }
}
