package dev.vicimock.conformance.steps;

import dev.vicimock.conformance.steps.ReleaseClasses.Version;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The releases a step speaks for, written as release notes write them: {@code on 2.14-107} (that profile's class),
 * {@code from 2.14-128 on}, {@code before 2.14-168}, or {@code from 2.14-108 before 2.14-168}.
 *
 * @param phrase how the feature file wrote it
 * @param exact  the profile of {@code on ...}
 * @param from   the first release of {@code from ...}
 * @param before the release {@code before ...} stops at
 */
record ReleaseRange(String phrase, Optional<Version> exact, Optional<Version> from, Optional<Version> before) {

    private static final String VERSION = "\\d+\\.\\d+-\\d+";
    /** The phrases, as the {releases} parameter type matches them. */
    static final String REGEX =
            "on " + VERSION + "|from " + VERSION + " before " + VERSION + "|from " + VERSION + " on|before " + VERSION;

    private static final Pattern PARTS = Pattern.compile("on (?<exact>" + VERSION + ")|from (?<from>" + VERSION
            + ")(?: before (?<until>" + VERSION + ")| on)" + "|before (?<before>" + VERSION + ")");

    static ReleaseRange parse(String phrase) {
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

    /**
     * True when the release expected from the target is in this range. A range the known release classes cannot
     * express is a mistake in the feature file and fails the step.
     */
    boolean appliesTo(ScenarioContext ctx) {
        return ReleaseClasses.known().select(this).contains(ctx.run().release().profile());
    }

    @Override
    public String toString() {
        return phrase;
    }
}
