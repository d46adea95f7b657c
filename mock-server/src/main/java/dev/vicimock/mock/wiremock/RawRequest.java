package dev.vicimock.mock.wiremock;

import java.util.Optional;

/**
 * The request exactly as the client sent it (raw query string, Content-Type header and body bytes), kept by
 * {@link RequestGuard} for the thread serving it. The simulator reads parameters from this, as PHP reads the
 * raw request, while WireMock works on a view it can parse (see {@link WireMockView}).
 */
record RawRequest(String query, String contentType, byte[] body) {
    private static final ThreadLocal<RawRequest> CURRENT = new ThreadLocal<>();

    /** The raw request the current thread is serving, if it came through the guard. */
    static Optional<RawRequest> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    void bind() {
        CURRENT.set(this);
    }

    static void unbind() {
        CURRENT.remove();
    }
}
