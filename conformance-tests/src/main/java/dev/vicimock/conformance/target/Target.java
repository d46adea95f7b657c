package dev.vicimock.conformance.target;

import java.util.Optional;

/** Where the suite sends its requests: the embedded simulator or a real server. */
public interface Target extends AutoCloseable {

    /** The full URL of {@code non_agent_api.php}. */
    String apiUrl();

    /** The simulator's admin API, present only when the target is the simulator. */
    Optional<SimulatorAdmin> simulator();

    /** One line for reports, e.g. "embedded simulator (2.14-202) at http://127.0.0.1:4711". */
    String describe();

    @Override
    void close();
}
