package dev.vicimock.mock.pipeline;

/** A new dialer was asked for while the maximum number of dialers is in use; no dialer was removed for it. */
public final class DialerLimitReached extends RuntimeException {
    public DialerLimitReached(String message) {
        super(message);
    }
}
