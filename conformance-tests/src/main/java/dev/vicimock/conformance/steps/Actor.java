package dev.vicimock.conformance.steps;

import dev.vicimock.conformance.target.Credentials;
import dev.vicimock.conformance.target.Role;
import java.util.Optional;

/**
 * Who makes a request in a scenario: a configured {@link Role}, or a user that does not exist.
 *
 * @param phrase how the feature file named it
 * @param role   the role, or empty for the unknown user
 */
public record Actor(String phrase, Optional<Role> role) {

    public static final String UNKNOWN_USER = "an unknown user";
    /** The password the unknown user tries; not a secret, but masked in reports like any password. */
    static final String UNKNOWN_USER_PASSWORD = "nopass1";

    public static Actor of(String phrase) {
        return UNKNOWN_USER.equals(phrase)
                ? new Actor(phrase, Optional.empty())
                : new Actor(phrase, Optional.of(Role.fromPhrase(phrase)));
    }

    public static Actor admin() {
        return new Actor(Role.ADMIN.phrase(), Optional.of(Role.ADMIN));
    }

    /** The user that creates and deletes the test users and aliases. */
    public static Actor userAdmin() {
        return new Actor(Role.USER_ADMIN.phrase(), Optional.of(Role.USER_ADMIN));
    }

    /** The user name and password to send; a missing setting skips the scenario. */
    public Credentials credentials(ScenarioContext ctx) {
        Run run = ctx.run();
        role.ifPresent(r -> run.lockedBy(r)
                .filter(scenario -> !scenario.equals(ctx.name()))
                .ifPresent(s -> {
                    throw new org.opentest4j.TestAbortedException(
                            "skipped: " + r.phrase() + " is locked for 15 minutes by the scenario '" + s + "'");
                }));
        return role.map(r -> run.config().credentials(r))
                .orElseGet(() -> new Credentials(run.fixtures().unknownUser(), UNKNOWN_USER_PASSWORD));
    }
}
