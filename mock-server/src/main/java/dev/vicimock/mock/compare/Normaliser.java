package dev.vicimock.mock.compare;

import java.util.regex.Pattern;

/**
 * Removes from an answer what differs only because of the run, so that it never shows as a difference: the run's
 * name prefix of test phones and users, and the clock (the version line's DATE, EPOCH, DST and TZNOW, and any
 * date-time such as the admin log's {@code event_date} in debug SQL). Masked passwords are already equal.
 */
public final class Normaliser {
    static final String PREFIX = "{run}";
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    private static final Pattern VERSION_CLOCK = Pattern.compile("(\\|(?:EPOCH|DST|TZNOW): )[^|\\n]*");
    private static final Pattern VERSION_DATE = Pattern.compile("(\\|DATE: )[^|\\n]*");

    private final String runPrefix;

    public Normaliser(String runPrefix) {
        this.runPrefix = runPrefix == null || runPrefix.isEmpty() ? null : runPrefix;
    }

    /** The text with the run's own values replaced by placeholders. */
    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        if (runPrefix != null) {
            out = out.replace(runPrefix, PREFIX);
        }
        if (out.contains("VERSION: ")) {
            out = VERSION_DATE.matcher(out).replaceAll("$1{date}");
            out = VERSION_CLOCK.matcher(out).replaceAll("$1{clock}");
        }
        return DATE_TIME.matcher(out).replaceAll("{date}");
    }
}
