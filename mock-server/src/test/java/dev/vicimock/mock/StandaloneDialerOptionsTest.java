package dev.vicimock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.pipeline.DialerLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code --max-dialers} and {@code --dialer-idle-expiry}: their defaults, the forms they take and their refusals. */
class StandaloneDialerOptionsTest {
    @Test
    void withoutTheOptionsTheDefaultLimitsApply() {
        assertEquals(DialerLimits.DEFAULT, limits());
        assertEquals(new DialerLimits(100, Duration.ofHours(1)), DialerLimits.DEFAULT);
    }

    @Test
    void theIdleExpiryTakesAUnitOrIsoAndZeroMeansNever() {
        assertEquals(
                new DialerLimits(3, Duration.ofSeconds(90)),
                limits("--max-dialers", "3", "--dialer-idle-expiry", "90s"));
        assertEquals(
                Duration.ofMinutes(30), limits("--dialer-idle-expiry", "30m").idleExpiry());
        assertEquals(Duration.ofDays(2), limits("--dialer-idle-expiry", "2d").idleExpiry());
        assertEquals(Duration.ofHours(2), limits("--dialer-idle-expiry", "PT2H").idleExpiry());
        assertEquals(Duration.ZERO, limits("--dialer-idle-expiry", "0").idleExpiry());
        assertEquals(0, limits("--max-dialers", "0").maxDialers());
    }

    @Test
    void aBadValueNamesItsOption() {
        for (String[] args : new String[][] {
            {"--max-dialers", "-1"},
            {"--max-dialers", "x"},
            {"--dialer-idle-expiry", "soon"},
            {"--dialer-idle-expiry", "-PT1H"}
        }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> limits(args));
            assertTrue(e.getMessage().startsWith(args[0]), e.getMessage());
        }
    }

    private static DialerLimits limits(String... args) {
        try (VicidialMock mock = Main.parse(args, null).build()) {
            return mock.dialers().limits();
        }
    }
}
