package dev.vicimock.conformance.target;

import org.opentest4j.TestAbortedException;

/**
 * Thrown when a scenario needs a setting the configuration does not give. It is a JUnit assumption failure, so
 * the scenario is reported as skipped, with the setting's name, rather than failed or passed.
 */
public final class MissingSetting extends TestAbortedException {
    public MissingSetting(String setting, String why) {
        super("skipped: setting " + setting + " is not set (" + why + ")");
    }
}
