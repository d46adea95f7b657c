package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.call.DialerClock;
import dev.vicimock.mock.release.PhpRuntime;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.state.Database;
import dev.vicimock.mock.state.Row;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * {@code function=version}, answered before any login: the release, the dialer's clock, and the time zone of
 * the first active server ({@code TZNOW} adds an hour while daylight saving time is in effect).
 */
public final class Version {

    private Version() {}

    public static Answer answer(Release release, Database db, Clock clock) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        ZonedDateTime local = now.atZone(zone);
        boolean dst = zone.getRules().isDaylightSavings(now);
        String tz = "";
        String tzNow;
        Row server = db.servers().rows().stream()
                .filter(s -> "Y".equals(s.text("active")))
                .findFirst()
                .orElse(null);
        if (server != null) {
            tz = server.textOrEmpty("local_gmt");
            // the real code keeps TZNOW unset for an empty local_gmt and applies PHP's ++ during DST
            tzNow = dst ? increment(release, tz) : tz;
        } else {
            int seconds = zone.getRules().getOffset(now).getTotalSeconds();
            int hhmm = (seconds / 3600) * 100 + (Math.abs(seconds) % 3600) / 60 * Integer.signum(seconds);
            tzNow = phpNumber(BigDecimal.valueOf(hhmm).movePointLeft(2));
        }
        String line = "VERSION: " + release.version() + "|BUILD: " + release.build()
                + "|DATE: " + DialerClock.DATE_TIME.format(local)
                + "|EPOCH: " + now.getEpochSecond() + "|DST: " + (dst ? 1 : 0) + "|TZ: " + tz + "|TZNOW: " + tzNow
                + "|\n";
        return Answer.literal(200, line);
    }

    /**
     * PHP's {@code ++} on the value: unset (empty) becomes 1, a numeric string becomes that number plus one, and
     * any other string is incremented letter- and digit-wise from its end ({@code "abc"} to {@code "abd"}).
     */
    static String increment(Release release, String s) {
        if (s.isEmpty()) {
            return "1";
        }
        boolean trailingSpaceAllowed = release.runtime().crashesOnSloppyInput(); // PHP 8's numeric strings
        String candidate = s.stripLeading();
        if (trailingSpaceAllowed) {
            candidate = candidate.stripTrailing();
        }
        if (PhpRuntime.NUMERIC_STRING.matcher(candidate).matches()) {
            return phpNumber(
                    new BigDecimal(candidate.startsWith("+") ? candidate.substring(1) : candidate).add(BigDecimal.ONE));
        }
        return incrementString(s);
    }

    /** The string increment: z to a, Z to A and 9 to 0 carry to the left; a carry past the start adds a character. */
    private static String incrementString(String s) {
        char[] c = s.toCharArray();
        for (int i = c.length - 1; i >= 0; i--) {
            char ch = c[i];
            char wrapped;
            char prefix;
            if (ch >= 'a' && ch <= 'z') {
                wrapped = 'a';
                prefix = 'a';
            } else if (ch >= 'A' && ch <= 'Z') {
                wrapped = 'A';
                prefix = 'A';
            } else if (ch >= '0' && ch <= '9') {
                wrapped = '0';
                prefix = '1';
            } else {
                return new String(c);
            }
            if (ch != 'z' && ch != 'Z' && ch != '9') {
                c[i]++;
                return new String(c);
            }
            c[i] = wrapped;
            if (i == 0) {
                return prefix + new String(c);
            }
        }
        return new String(c);
    }

    /** How PHP echoes a float: no trailing zeros, no decimal point for whole numbers. */
    static String phpNumber(BigDecimal n) {
        if (n.signum() == 0) {
            return "0";
        }
        return n.stripTrailingZeros().toPlainString();
    }
}
