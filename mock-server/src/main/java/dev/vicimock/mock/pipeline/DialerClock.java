package dev.vicimock.mock.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The dialer's local time in whole seconds, and its text as the database writes a DATETIME. Every call within
 * the same second shares one formatted string, since formatting costs more than the rest of a simple call.
 */
public final class DialerClock {
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private record Formatted(LocalDateTime time, String text) {
    }

    /** A second of the clock and the local time it is: the zone's rules are looked up once a second. */
    private record Second(long epochSecond, LocalDateTime time) {
    }

    private final Clock clock;
    private volatile Formatted last = new Formatted(LocalDateTime.MIN, DATE_TIME.format(LocalDateTime.MIN));
    private volatile Second second = new Second(Long.MIN_VALUE, LocalDateTime.MIN);

    public DialerClock(Clock clock) {
        this.clock = clock;
    }

    /** Now, truncated to the second (PHP's {@code date()} and MySQL's DATETIME have no fractions). */
    public LocalDateTime now() {
        long epochSecond = Math.floorDiv(clock.millis(), 1000L);
        Second s = second;
        if (s.epochSecond() != epochSecond) {
            Instant at = Instant.ofEpochSecond(epochSecond);
            s = new Second(epochSecond, LocalDateTime.ofInstant(at, clock.getZone()));
            second = s;
        }
        return s.time();
    }

    /** {@code yyyy-MM-dd HH:mm:ss} of a time in whole seconds. */
    public String text(LocalDateTime time) {
        Formatted f = last;
        if (!f.time().equals(time)) {
            f = new Formatted(time, DATE_TIME.format(time));
            last = f;
        }
        return f.text();
    }

    /** The text of now. */
    public String nowText() {
        return text(now());
    }
}
