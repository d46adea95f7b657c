package dev.vicimock.conformance.target;

import dev.vicimock.client.AnswerParser;
import dev.vicimock.client.ApiAnswer;
import dev.vicimock.client.Form;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.release.Releases;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release whose answers the suite expects from the target, chosen from what the target says about itself
 * ({@code function=version}). An exactly known version selects its profile; any other selects the known release
 * whose behaviour class holds it (each release stands for the versions from its {@link Release#since()} up to the
 * next release's), and says so in {@link #note()}.
 *
 * @param profile the known release the scenarios' expectations are taken from, e.g. {@code 2.14-202}
 * @param version the version the target reported
 * @param build   the build the target reported
 * @param note    why the profile differs from the reported version, if it does
 */
public record ReleaseProfile(String profile, String version, String build, Optional<String> note) {

    /** The releases the simulator models, newest first, with the build each was recorded at. */
    public static final List<Release> KNOWN = Releases.all();

    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.(\\d+)-(\\d+)");

    /** Reads the version line a target answered and picks the profile. */
    public static ReleaseProfile fromVersionAnswer(String body) {
        Optional<ApiAnswer> answer = AnswerParser.parseMain(body);
        if (answer.isEmpty()
                || answer.get().form() != Form.KEY_VALUE
                || !answer.get().values().containsKey("VERSION")) {
            throw new IllegalStateException(
                    "the target did not answer function=version with a version line: '" + body + "'");
        }
        String version = answer.get().values().get("VERSION");
        String build = answer.get().values().getOrDefault("BUILD", "");
        return choose(version, build);
    }

    /** True when the suite knows a release of this name. */
    public static boolean isKnown(String name) {
        return Releases.byName(name).isPresent();
    }

    static ReleaseProfile choose(String version, String build) {
        Optional<Release> exact = Releases.byName(version);
        if (exact.isPresent()) {
            String recorded = exact.get().build();
            Optional<String> note = recorded.equals(build)
                    ? Optional.empty()
                    : Optional.of("build " + build + " differs from the recorded build " + recorded + " of " + version
                            + "; expecting the answers of " + version);
            return new ReleaseProfile(version, version, build, note);
        }
        String standIn = standingFor(version);
        return new ReleaseProfile(
                standIn,
                version,
                build,
                Optional.of("unknown release " + version
                        + " (build " + build + "); expecting the answers of " + standIn
                        + ", which stands for the releases around it"));
    }

    /**
     * The release whose class holds the version: the one with the latest {@code since} not after it (a release
     * without one covers everything older). A version that is no number gets the newest release.
     */
    private static String standingFor(String version) {
        Matcher m = NUMBERED.matcher(version);
        if (!m.find()) {
            return KNOWN.get(0).name();
        }
        long target = number(m);
        Release best = null;
        long bestSince = Long.MIN_VALUE;
        for (Release known : KNOWN) {
            long since = known.since() == null ? Long.MIN_VALUE : number(known.since());
            if (since <= target && (best == null || since > bestSince)) {
                best = known;
                bestSince = since;
            }
        }
        return best == null ? KNOWN.get(0).name() : best.name();
    }

    private static long number(String version) {
        Matcher m = NUMBERED.matcher(version);
        if (!m.find()) {
            throw new IllegalStateException("a release's since must be a version number: " + version);
        }
        return number(m);
    }

    // 2.14-202 -> 2_0014_0202, so that versions compare as numbers part by part
    private static long number(Matcher m) {
        return Long.parseLong(m.group(1)) * 100_000_000L
                + Long.parseLong(m.group(2)) * 10_000L
                + Long.parseLong(m.group(3));
    }
}
