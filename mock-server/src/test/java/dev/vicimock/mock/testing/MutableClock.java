package dev.vicimock.mock.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A settable, thread-safe {@link Clock} for tests: time moves only when the test moves it. */
public final class MutableClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** A clock at the given local time in the given zone, e.g. {@code at("2025-01-15T07:00:00", "America/New_York")}. */
    public static MutableClock at(String localDateTime, String zone) {
        ZoneId z = ZoneId.of(zone);
        return new MutableClock(LocalDateTime.parse(localDateTime).atZone(z).toInstant(), z);
    }

    public void set(Instant instant) {
        this.now = instant;
    }

    public void advance(Duration by) {
        this.now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
