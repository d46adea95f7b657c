package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.pipeline.PhpCrash;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.state.Database;
import dev.vicimock.mock.state.Row;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code function=version}, answered before any login: the release, the dialer's clock, and the time zone of
 * the first active server ({@code TZNOW} adds an hour while daylight saving time is in effect).
 */
public final class Version {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Version() {
    }

    public static Answer answer(Release release, Database db, Clock clock) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        ZonedDateTime local = now.atZone(zone);
        boolean dst = zone.getRules().isDaylightSavings(now);
        String tz = "";
        String tzNow;
        Row server = db.servers().rows().stream().filter(s -> "Y".equals(s.text("active"))).findFirst().orElse(null);
        if (server != null) {
            tz = server.textOrEmpty("local_gmt");
            tzNow = dst ? phpNumber(number(release, tz).add(BigDecimal.ONE)) : tz;
        } else {
            int seconds = zone.getRules().getOffset(now).getTotalSeconds();
            int hhmm = (seconds / 3600) * 100 + (Math.abs(seconds) % 3600) / 60 * Integer.signum(seconds);
            tzNow = phpNumber(BigDecimal.valueOf(hhmm).movePointLeft(2));
        }
        String line = "VERSION: " + release.version() + "|BUILD: " + release.build() + "|DATE: " + DATE.format(local)
                + "|EPOCH: " + now.getEpochSecond() + "|DST: " + (dst ? 1 : 0) + "|TZ: " + tz + "|TZNOW: " + tzNow
                + "|\n";
        return Answer.literal(200, line);
    }

    /** PHP's arithmetic on a numeric prefix; a string with no number is a TypeError on PHP 8. */
    private static BigDecimal number(Release release, String s) {
        Matcher m = LEADING_NUMBER.matcher(s);
        if (m.find()) {
            String n = m.group().trim();
            return new BigDecimal(n.endsWith(".") ? n + "0" : n);
        }
        if (release.runtime().crashesOnSloppyInput()) {
            throw new PhpCrash("non-numeric local_gmt in arithmetic: " + s);
        }
        return BigDecimal.ZERO;
    }

    /** How PHP echoes a float: no trailing zeros, no decimal point for whole numbers. */
    static String phpNumber(BigDecimal n) {
        if (n.signum() == 0) {
            return "0";
        }
        return n.stripTrailingZeros().toPlainString();
    }
}
