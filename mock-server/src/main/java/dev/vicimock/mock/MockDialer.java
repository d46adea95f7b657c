package dev.vicimock.mock;

import dev.vicimock.mock.pipeline.Dialer;
import dev.vicimock.mock.pipeline.Simulator;
import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.state.StateJson;
import java.nio.charset.StandardCharsets;

/**
 * One isolated dialer of a {@link VicidialMock}, for one test or CI job on a shared server: its API URL and its
 * state and profile, as the default dialer's are reached through the mock itself. Every method finds the dialer by
 * name, so after {@link #delete()} (or an idle expiry) the next call starts it again from the start state.
 */
public final class MockDialer {
    private final VicidialMock mock;
    private final String name;

    MockDialer(VicidialMock mock, String name) {
        this.mock = mock;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** {@code http://HOST:PORT/dialers/NAME/vicidial/non_agent_api.php}. */
    public String apiUrl() {
        return mock.apiUrl(name);
    }

    /** The dialer's current state as {@code vicidial-state/1} JSON (with the admin log). */
    public String stateJson() {
        return new String(StateJson.write(simulator().state().snapshot()), StandardCharsets.UTF_8);
    }

    /** Replaces the dialer's state with a {@code vicidial-state/1} document; throws StateException when invalid. */
    public void replaceState(String json) {
        mock.dialers().replace(name, StateJson.read(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Back to the simulator's start state. */
    public void reset() {
        simulator().reset();
    }

    /** The release the dialer answers as. */
    public String profile() {
        return simulator().release().name();
    }

    /** Switches the release this dialer answers as, e.g. {@code 2.14-107}; the other dialers keep theirs. */
    public void profile(String release) {
        dialer().release(Releases.byName(release)
                .orElseThrow(() ->
                        new IllegalArgumentException("unknown profile '" + release + "'; known: " + Releases.names())));
    }

    /** The dialer's simulator: state, release, reset. */
    public Simulator simulator() {
        return dialer().simulator();
    }

    /** Removes the dialer and its state (and its files with a durable state); false if it was gone already. */
    public boolean delete() {
        return mock.dialers().delete(name);
    }

    private Dialer dialer() {
        return mock.dialers().use(name);
    }
}
