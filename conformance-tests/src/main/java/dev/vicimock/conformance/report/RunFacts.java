package dev.vicimock.conformance.report;

import java.util.Optional;

/**
 * What a report says about the run it describes.
 *
 * @param kind     "mock" or "real"
 * @param target   the target, described for humans
 * @param release  the release profile whose answers were expected
 * @param reported the version and build the target reported
 * @param note     why the profile differs from the reported version, if it does
 */
public record RunFacts(String kind, String target, String release, String reported, Optional<String> note) {}
