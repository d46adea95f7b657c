package dev.vicimock.conformance.target;

import java.util.Optional;

/** A VICIdial server the operator points the suite at with {@code vicidial.url}. */
final class RealServer implements Target {

    private final String apiUrl;

    RealServer(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    @Override
    public String apiUrl() {
        return apiUrl;
    }

    @Override
    public Optional<SimulatorAdmin> simulator() {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "real server at " + apiUrl;
    }

    @Override
    public void close() {
        // nothing to stop: the server is not ours
    }
}
