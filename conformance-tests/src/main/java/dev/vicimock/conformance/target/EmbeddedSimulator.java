package dev.vicimock.conformance.target;

import dev.vicimock.mock.VicidialMock;
import java.util.Optional;

/** The simulator started inside the test JVM on a free port, answering as one release profile. */
final class EmbeddedSimulator implements Target {

    private final VicidialMock mock;
    private final SimulatorAdmin admin;
    private final String profile;

    EmbeddedSimulator(String profile) {
        this.profile = profile;
        this.mock = VicidialMock.builder().port(0).profile(profile).build();
        mock.start();
        this.admin = new SimulatorAdmin(mock.baseUrl());
    }

    @Override
    public String apiUrl() {
        return mock.apiUrl();
    }

    @Override
    public Optional<SimulatorAdmin> simulator() {
        return Optional.of(admin);
    }

    @Override
    public String describe() {
        return "embedded simulator (profile " + profile + ") at " + mock.baseUrl();
    }

    @Override
    public void close() {
        mock.stop();
    }
}
