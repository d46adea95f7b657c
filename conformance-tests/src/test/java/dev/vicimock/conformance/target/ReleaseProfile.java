package dev.vicimock.conformance.target;

import dev.vicimock.conformance.answer.AnswerParser;
import dev.vicimock.conformance.answer.ApiAnswer;
import dev.vicimock.conformance.answer.Form;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release whose answers the suite expects from the target, chosen from what the target says about itself
 * ({@code function=version}). An exactly known version selects its profile; any other selects the nearest known
 * one by build number, and says so in {@link #note()}.
 *
 * @param profile the known release the scenarios' expectations are taken from, e.g. {@code 2.14-202}
 * @param version the version the target reported
 * @param build   the build the target reported
 * @param note    why the profile differs from the reported version, if it does
 */
public record ReleaseProfile(String profile, String version, String build, Optional<String> note) {

    /** The releases the feature files state answers for, newest first, with the build each was recorded at. */
    public static final List<String[]> KNOWN = List.of(
            new String[] {"2.14-202", "250720-1841"},
            new String[] {"2.14-107", "180301-2301"});

    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.(\\d+)-(\\d+)");

    /** Reads the version line a target answered and picks the profile. */
    public static ReleaseProfile fromVersionAnswer(String body) {
        Optional<ApiAnswer> answer = AnswerParser.parseMain(body);
        if (answer.isEmpty() || answer.get().form() != Form.KEY_VALUE
                || !answer.get().values().containsKey("VERSION")) {
            throw new IllegalStateException("the target did not answer function=version with a version line: '"
                    + body + "'");
        }
        String version = answer.get().values().get("VERSION");
        String build = answer.get().values().getOrDefault("BUILD", "");
        return choose(version, build);
    }

    static ReleaseProfile choose(String version, String build) {
        for (String[] known : KNOWN) {
            if (known[0].equals(version)) {
                Optional<String> note = known[1].equals(build) ? Optional.empty()
                        : Optional.of("build " + build + " differs from the recorded build " + known[1]
                                + " of " + version + "; expecting the answers of " + version);
                return new ReleaseProfile(version, version, build, note);
            }
        }
        String nearest = nearest(version);
        return new ReleaseProfile(nearest, version, build, Optional.of("unknown release " + version
                + " (build " + build + "); expecting the answers of the nearest known release " + nearest));
    }

    private static String nearest(String version) {
        Matcher m = NUMBERED.matcher(version);
        if (!m.find()) {
            return KNOWN.get(0)[0];
        }
        long target = number(m);
        String best = KNOWN.get(0)[0];
        long bestDistance = Long.MAX_VALUE;
        for (String[] known : KNOWN) {
            Matcher k = NUMBERED.matcher(known[0]);
            if (k.find()) {
                long distance = Math.abs(number(k) - target);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = known[0];
                }
            }
        }
        return best;
    }

    // 2.14-202 -> 2_0014_0202, so that a later minor version is always "nearer" the newest known release
    private static long number(Matcher m) {
        return Long.parseLong(m.group(1)) * 100_000_000L + Long.parseLong(m.group(2)) * 10_000L
                + Long.parseLong(m.group(3));
    }
}
