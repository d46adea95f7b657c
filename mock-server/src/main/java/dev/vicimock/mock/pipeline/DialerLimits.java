package dev.vicimock.mock.pipeline;

import java.time.Duration;

/**
 * How many isolated dialers one simulator keeps, and how long an unused one lives: the bounds that let one
 * long-lived simulator serve many CI jobs without growing without end.
 *
 * @param maxDialers  isolated dialers at most (the default dialer is not counted)
 * @param idleExpiry  a dialer unused this long is removed; {@link Duration#ZERO} keeps dialers until deleted
 */
public record DialerLimits(int maxDialers, Duration idleExpiry) {
    /** 100 dialers, each removed after an hour without a request or admin call. */
    public static final DialerLimits DEFAULT = new DialerLimits(100, Duration.ofHours(1));

    public DialerLimits {
        if (maxDialers < 0) {
            throw new IllegalArgumentException("the maximum number of dialers must be 0 or more, got " + maxDialers);
        }
        if (idleExpiry == null || idleExpiry.isNegative()) {
            throw new IllegalArgumentException("the dialer idle expiry must be 0 (never) or more, got " + idleExpiry);
        }
    }

    /** Whether a dialer last used at {@code lastUse} has expired at {@code now} (epoch milliseconds). */
    boolean expired(long lastUse, long now) {
        return !idleExpiry.isZero() && now - lastUse >= idleExpiry.toMillis();
    }
}
