package dev.vicimock.mock.release;

import java.util.List;
import java.util.Optional;

/** The releases the simulator can answer as, newest first; the newest is the default. */
public final class Releases {
    /** The newest release, and the default profile. */
    public static final Release DEFAULT = Release214_202.RELEASE;

    private static final List<Release> ALL = List.of(
            Release214_202.RELEASE,
            Release214_167.RELEASE,
            Release214_159.RELEASE,
            Release214_127.RELEASE,
            Release214_107.RELEASE);

    private Releases() {}

    public static List<Release> all() {
        return ALL;
    }

    public static Optional<Release> byName(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Release::name).toList();
    }
}
