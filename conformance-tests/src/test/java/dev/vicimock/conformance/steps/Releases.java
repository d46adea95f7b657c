package dev.vicimock.conformance.steps;

import dev.vicimock.conformance.target.ReleaseProfile;

/** Decides whether a step written for one release applies to the release under test. */
final class Releases {

    private Releases() {
    }

    /**
     * True when the step's release is the one expected from the target. A step naming a release the suite
     * does not know is a mistake in the feature file.
     */
    static boolean applies(ScenarioContext ctx, String release) {
        if (!ReleaseProfile.isKnown(release)) {
            throw new IllegalArgumentException("the suite knows no release " + release);
        }
        return ctx.run().release().profile().equals(release);
    }
}
