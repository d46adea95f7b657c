package dev.vicimock.mock.pipeline;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.http.ApiRequest;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.state.DialerState;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.StateJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * The simulator without any HTTP server: the API pipeline, the state it works on and the state it started
 * from. The WireMock glue and the embedded and standalone runners all drive one of these.
 */
public final class Simulator {
    private static final String DEFAULT_STATE = "/dev/vicimock/mock/state/default-state.json";

    private final DialerState state;
    private final NonAgentApi api;
    private final Release startRelease;
    private final Clock clock;
    private volatile Snapshot initial;

    public Simulator(Snapshot initial, Release release, Clock clock) {
        this.initial = initial;
        this.startRelease = release;
        this.clock = clock;
        this.state = new DialerState(initial);
        this.api = new NonAgentApi(state, release, clock);
    }

    /**
     * A new simulator as this one started: its start state, the release it started as and its clock, with a state,
     * admin log and release of its own (what an isolated dialer starts from).
     */
    public Simulator fromStart() {
        return new Simulator(initial, startRelease, clock);
    }

    /** The same, but with {@code state} as its state now (reset still goes back to the start state). */
    public Simulator fromStart(Snapshot state) {
        Simulator s = fromStart();
        s.state().replace(state);
        return s;
    }

    /** The clock the simulator answers by. */
    public Clock clock() {
        return clock;
    }

    /** The state every fresh simulator starts from: the recorded seed of the oracle (users 6666, 7878, ...). */
    public static Snapshot defaultState() {
        try (InputStream in = Simulator.class.getResourceAsStream(DEFAULT_STATE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_STATE);
            }
            return StateJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Answer handle(ApiRequest request) {
        return api.handle(request);
    }

    public DialerState state() {
        return state;
    }

    public Release release() {
        return api.release();
    }

    public void release(Release release) {
        api.release(release);
    }

    /** Back to the state loaded at start. */
    public void reset() {
        state.replace(initial);
    }
}
