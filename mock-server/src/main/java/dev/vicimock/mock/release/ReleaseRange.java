package dev.vicimock.mock.release;

import dev.vicimock.mock.release.ReleaseClasses.Version;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Releases written as release notes write them: {@code on 2.14-107} (that profile's class), {@code from 2.14-128
 * on}, {@code before 2.14-168}, or {@code from 2.14-108 before 2.14-168}. Feature steps and the suite's response
 * grammar state differences this way, and {@link ReleaseClasses} tells which profiles a range covers.
 *
 * @param phrase how the feature file wrote it
 * @param exact  the profile of {@code on ...}
 * @param from   the first release of {@code from ...}
 * @param before the release {@code before ...} stops at
 */
public record ReleaseRange(String phrase, Optional<Version> exact, Optional<Version> from, Optional<Version> before) {

    private static final String VERSION = "\\d+\\.\\d+-\\d+";
    /** The phrases, as the {releases} parameter type matches them. */
    public static final String REGEX =
            "on " + VERSION + "|from " + VERSION + " before " + VERSION + "|from " + VERSION + " on|before " + VERSION;

    private static final Pattern PARTS = Pattern.compile("on (?<exact>" + VERSION + ")|from (?<from>" + VERSION
            + ")(?: before (?<until>" + VERSION + ")| on)" + "|before (?<before>" + VERSION + ")");

    public static ReleaseRange parse(String phrase) {
        Matcher m = PARTS.matcher(phrase);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + phrase + "' is no release range: write 'on 2.14-107', "
                    + "'from 2.14-128 on', 'before 2.14-168' or 'from 2.14-108 before 2.14-168'");
        }
        String before = m.group("until") != null ? m.group("until") : m.group("before");
        return new ReleaseRange(phrase, version(m.group("exact")), version(m.group("from")), version(before));
    }

    private static Optional<Version> version(String text) {
        return Optional.ofNullable(text).map(Version::parse);
    }

    @Override
    public String toString() {
        return phrase;
    }
}
