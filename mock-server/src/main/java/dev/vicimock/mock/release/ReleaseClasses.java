package dev.vicimock.mock.release;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The behaviour classes of the simulator's release table: each profile stands for the releases from its {@code since}
 * up to itself, the oldest for everything before it and the newest for everything after it. Feature files state
 * differences by these classes, so a range may only begin or end where a class begins.
 */
public final class ReleaseClasses {

    private static final ReleaseClasses KNOWN = of(
            Releases.all().stream().map(r -> new Profile(r.name(), r.since())).toList());

    private final List<ReleaseClass> classes;

    private ReleaseClasses(List<ReleaseClass> classes) {
        this.classes = List.copyOf(classes);
    }

    /** The classes of the simulator's release table, which names every profile the suite knows. */
    public static ReleaseClasses known() {
        return KNOWN;
    }

    /**
     * The classes of these profiles, in any order; each must begin right after the previous profile, so that the
     * classes leave no release out and no release in two of them.
     */
    public static ReleaseClasses of(List<Profile> profiles) {
        List<Profile> sorted = profiles.stream()
                .sorted(Comparator.comparing(p -> Version.parse(p.name())))
                .toList();
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no release profiles");
        }
        List<ReleaseClass> classes = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Profile profile = sorted.get(i);
            Optional<Version> first = Optional.ofNullable(profile.since()).map(Version::parse);
            Optional<Version> expected = i == 0
                    ? Optional.empty()
                    : Optional.of(Version.parse(sorted.get(i - 1).name()).next());
            if (!first.equals(expected)) {
                throw new IllegalArgumentException("release " + profile.name() + " begins at "
                        + first.map(Version::toString).orElse("the oldest version") + ", expected "
                        + expected.map(Version::toString).orElse("no lower bound (it is the oldest profile)"));
            }
            Optional<Version> last =
                    i == sorted.size() - 1 ? Optional.empty() : Optional.of(Version.parse(profile.name()));
            classes.add(new ReleaseClass(profile.name(), first, last));
        }
        return new ReleaseClasses(classes);
    }

    /** A profile and the oldest release it stands for (null: every older one). */
    public record Profile(String name, String since) {}

    /** The profiles, oldest first. */
    public List<String> profiles() {
        return classes.stream().map(ReleaseClass::profile).toList();
    }

    /**
     * The profiles a range covers. A boundary that is not where a class begins, an exact release that is no
     * profile, or a range that covers nothing is a mistake in the feature file.
     */
    public List<String> select(ReleaseRange range) {
        if (range.exact().isPresent()) {
            String exact = range.exact().get().toString();
            if (!profiles().contains(exact)) {
                throw new IllegalArgumentException("'" + range.phrase() + "': " + exact + " is not a release profile;"
                        + " the profiles are " + profiles() + ", or state a range with 'from ... on' / 'before ...'");
            }
            return List.of(exact);
        }
        range.from().ifPresent(v -> requireBoundary(range, v));
        range.before().ifPresent(v -> requireBoundary(range, v));
        List<String> selected = classes.stream()
                .filter(c -> range.from().isEmpty()
                        || c.first()
                                .filter(f -> f.compareTo(range.from().get()) >= 0)
                                .isPresent())
                .filter(c -> range.before().isEmpty()
                        || c.last()
                                .filter(l -> l.compareTo(range.before().get()) < 0)
                                .isPresent())
                .map(ReleaseClass::profile)
                .toList();
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("'" + range.phrase() + "' covers no release class");
        }
        return selected;
    }

    private void requireBoundary(ReleaseRange range, Version boundary) {
        if (boundaries().stream().noneMatch(boundary::equals)) {
            throw new IllegalArgumentException("'" + range.phrase() + "': " + boundary + " is not the first version of"
                    + " a release class; a range may begin or end at "
                    + boundaries().stream().map(Version::toString).collect(Collectors.joining(", "))
                    + " (classes: " + describe() + ")");
        }
    }

    private List<Version> boundaries() {
        return classes.stream()
                .map(ReleaseClass::first)
                .flatMap(Optional::stream)
                .toList();
    }

    /** e.g. "2.14-107: up to 2.14-107; 2.14-202: 2.14-108 and later". */
    public String describe() {
        return classes.stream().map(ReleaseClass::toString).collect(Collectors.joining("; "));
    }

    /**
     * The releases one profile stands for.
     *
     * @param profile the profile's name
     * @param first   its first release; empty for the oldest class, which has no lower bound
     * @param last    its last release (the profile itself); empty for the newest class, which has no upper bound
     */
    private record ReleaseClass(String profile, Optional<Version> first, Optional<Version> last) {
        @Override
        public String toString() {
            return profile + ": "
                    + first.map(f -> last.map(l -> f + " to " + l).orElse(f + " and later"))
                            .orElse("up to " + last.map(Version::toString).orElse("any"));
        }
    }

    /** A release number such as 2.14-168, ordered by series and then by number. */
    public record Version(int major, int minor, int number) implements Comparable<Version> {

        private static final Pattern FORMAT = Pattern.compile("(\\d+)\\.(\\d+)-(\\d+)");
        private static final Comparator<Version> ORDER = Comparator.comparingInt(Version::major)
                .thenComparingInt(Version::minor)
                .thenComparingInt(Version::number);

        public static Version parse(String text) {
            Matcher m = FORMAT.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + text + "' is no release number like 2.14-202");
            }
            return new Version(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }

        Version next() {
            return new Version(major, minor, number + 1);
        }

        @Override
        public int compareTo(Version other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return major + "." + minor + "-" + number;
        }
    }
}
