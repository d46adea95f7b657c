package dev.vicimock.bench.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The last response read on a connection: status and body bytes. Reused between requests so the load
 * generator allocates nothing per request; copy what you keep.
 */
public final class HttpResponse {
    int status;
    byte[] body = new byte[1024];
    int bodyLength;
    boolean closeAfter;

    public int status() {
        return status;
    }

    public int bodyLength() {
        return bodyLength;
    }

    /** Whether this is the answer due to the request of {@code step}. */
    public boolean answers(Workload.Step step) {
        return step.accepts(status, body, bodyLength);
    }

    public String bodyText() {
        return new String(body, 0, bodyLength, StandardCharsets.UTF_8);
    }

    void appendBody(byte[] src, int off, int len) {
        if (bodyLength + len > body.length) {
            body = Arrays.copyOf(body, Math.max(body.length * 2, bodyLength + len));
        }
        System.arraycopy(src, off, body, bodyLength, len);
        bodyLength += len;
    }
}
