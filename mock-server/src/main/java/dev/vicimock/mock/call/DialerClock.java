package dev.vicimock.mock.call;

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

    /**
     * One second of the clock: the local time it is and its text, made when the second changes, so the zone's
     * rules are looked up and the date formatted once a second.
     */
    private record Second(long epochSecond, LocalDateTime time, String text) {}

    private final Clock clock;
    private volatile Second second = new Second(Long.MIN_VALUE, LocalDateTime.MIN, DATE_TIME.format(LocalDateTime.MIN));

    public DialerClock(Clock clock) {
        this.clock = clock;
    }

    /** Now, truncated to the second (PHP's {@code date()} and MySQL's DATETIME have no fractions). */
    public LocalDateTime now() {
        return current().time();
    }

    /** {@code yyyy-MM-dd HH:mm:ss} of a time in whole seconds. */
    public String text(LocalDateTime time) {
        Second s = second;
        return s.time().equals(time) ? s.text() : DATE_TIME.format(time);
    }

    /** The text of now. */
    public String nowText() {
        return current().text();
    }

    private Second current() {
        long epochSecond = Math.floorDiv(clock.millis(), 1000L);
        Second s = second;
        if (s.epochSecond() != epochSecond) {
            LocalDateTime time = LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), clock.getZone());
            s = new Second(epochSecond, time, DATE_TIME.format(time));
            second = s;
        }
        return s;
    }
}
