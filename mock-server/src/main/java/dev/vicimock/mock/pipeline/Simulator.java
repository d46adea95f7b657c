package dev.vicimock.mock.pipeline;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.http.ApiRequest;
import dev.vicimock.mock.pipeline.NonAgentApi;
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
    private volatile Snapshot initial;

    public Simulator(Snapshot initial, Release release, Clock clock) {
        this.initial = initial;
        this.state = new DialerState(initial);
        this.api = new NonAgentApi(state, release, clock);
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
