package dev.vicimock.mock.pipeline;

import dev.vicimock.mock.call.DialerClock;
import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.state.Database;
import dev.vicimock.mock.state.Row;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * Checks the API user the way the real login query does, and keeps its failed-login counter: ten failures
 * lock the account until 15 minutes after its {@code last_login_date}, and a failure once that time has
 * passed starts the count again at 1.
 */
public final class Authenticator {
    /** How long an account stays locked after its last login (or its last counter reset). */
    public static final Duration LOCK_TIME = Duration.ofSeconds(900);
    /** Failures that lock an account. */
    public static final int MAX_FAILURES = 10;
    /** The characters the auth helper strips from the credentials before querying (on top of the filters). */
    private static final String STRIPPED = "|`&'\"\\; ";

    /** The outcome of a login: the user's row on success. */
    public sealed interface Result {
        record Good(Row user) implements Result {}

        record Bad() implements Result {}

        record Locked() implements Result {}
    }

    private final DialerClock clock;

    public Authenticator(DialerClock clock) {
        this.clock = clock;
    }

    /** Logs in with filtered credentials (byte strings); updates the counter and dates as the real code does. */
    public Result login(Database db, String user, String pass) {
        Row row = db.users().find(Bytes.toText(credential(user)));
        // the real code compares whole seconds (PHP's date("U") against UNIX_TIMESTAMP of a DATETIME)
        LocalDateTime now = clock.now();
        if (row == null) {
            return new Result.Bad();
        }
        boolean lockedOut = row.number("failed_login_count") >= MAX_FAILURES && !lockExpired(row, now);
        boolean valid = sameInDatabase(row.textOrEmpty("pass"), Bytes.toText(credential(pass)))
                && row.number("user_level") > 6
                && "Y".equals(row.text("active"));
        if (valid && !lockedOut) {
            String loginDate = clock.text(now);
            if (loginDate.equals(row.text("last_login_date")) && row.number("failed_login_count") == 0) {
                // a second login within the same second would write the same values again
                return new Result.Good(row);
            }
            Row updated = row.with("last_login_date", loginDate).with("failed_login_count", 0L);
            db.users().put(updated);
            return new Result.Good(updated);
        }
        if (row.number("failed_login_count") < MAX_FAILURES) {
            db.users().put(row.with("failed_login_count", row.number("failed_login_count") + 1));
            return new Result.Bad();
        }
        if (lockExpired(row, now)) {
            db.users().put(row.with("failed_login_count", 1L).with("last_login_date", clock.text(now)));
            return new Result.Bad();
        }
        return new Result.Locked();
    }

    private static boolean lockExpired(Row user, LocalDateTime now) {
        String last = user.text("last_login_date");
        if (last == null) {
            return true;
        }
        try {
            LocalDateTime at = LocalDateTime.parse(last, DialerClock.DATE_TIME);
            return at.isBefore(now.minus(LOCK_TIME));
        } catch (DateTimeParseException e) {
            // MySQL's UNIX_TIMESTAMP() of an unreadable date is 0: long ago
            return true;
        }
    }

    /** The credential as the login query sees it, {@link #STRIPPED} removed. */
    private static String credential(String v) {
        if (!hasStripped(v)) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (STRIPPED.indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean hasStripped(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (STRIPPED.indexOf(v.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The login query compares with the column's collation: case-insensitive, trailing spaces ignored. */
    private static boolean sameInDatabase(String stored, String given) {
        return stripTrailing(stored).equalsIgnoreCase(stripTrailing(given));
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
