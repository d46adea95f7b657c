package dev.vicimock.conformance.target;

import dev.vicimock.mock.release.Releases;

/** Opens the target a configuration names. */
public final class Targets {

    private Targets() {}

    public static Target open(TargetConfig config) {
        if (config.isSimulator()) {
            return new EmbeddedSimulator(config.get(TargetConfig.PROFILE).orElse(Releases.DEFAULT.name()));
        }
        return new RealServer(config.require(TargetConfig.URL, "the suite needs the server's non_agent_api.php URL"));
    }
}
