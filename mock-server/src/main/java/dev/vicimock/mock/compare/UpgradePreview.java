package dev.vicimock.mock.compare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.http.ApiRequest;
import dev.vicimock.mock.http.Redaction;
import dev.vicimock.mock.pipeline.Simulator;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.state.StateJson;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * An upgrade preview without any server: replays a corpus against an in-process {@link Simulator} of each release,
 * every scenario from the same start state and at the same fixed instant, and records the answers and the effects
 * on the state as a run, so that two releases compare as two runs do.
 */
public final class UpgradePreview {
    /** The caller's address the recorded cases were sent from (debug SQL echoes it). */
    static final String CLIENT_IP = "127.0.0.1";

    private final Clock clock;

    /** A preview whose clock stands still at this instant (the recorded servers ran on US Eastern time). */
    public UpgradePreview(Instant at) {
        this.clock = Clock.fixed(at, ZoneId.of("America/New_York"));
    }

    /** The two releases' runs of the corpus, compared. */
    public CompareReport compare(List<CorpusScenario> corpus, Release left, Release right) {
        return Comparison.of(run(corpus, left), run(corpus, right));
    }

    /** The corpus as the release answers it, as a run named {@code profile:NAME}. */
    public RunFile run(List<CorpusScenario> corpus, Release release) {
        return run(corpus, release, null, false);
    }

    /**
     * The same for a run file's requests: they carry that run's name prefix (normalised as that run's), and the
     * answers are masked as the run's were.
     */
    public RunFile replay(RunFile source, List<CorpusScenario> corpus, Release release) {
        return run(corpus, release, source.runPrefix(), true);
    }

    private RunFile run(List<CorpusScenario> corpus, Release release, String runPrefix, boolean masked) {
        RunFileBuilder run = new RunFileBuilder();
        for (CorpusScenario scenario : corpus) {
            Simulator simulator = new Simulator(scenario.start(), release, clock);
            JsonNode before = ReleaseColumns.of(
                    release, StateJson.toTree(simulator.state().snapshot()));
            for (CorpusScenario.Step step : scenario.steps()) {
                Answer answer = simulator.handle(apiRequest(step.request()));
                String body = new String(answer.body(), StandardCharsets.UTF_8);
                run.exchange(
                        scenario.feature(),
                        scenario.scenario(),
                        new RunFile.Exchange(
                                step.label(), step.request(), answer.status(), masked ? Redaction.answer(body) : body));
            }
            run.effects(
                    scenario.feature(),
                    scenario.scenario(),
                    StateEffects.between(
                            before,
                            ReleaseColumns.of(
                                    release, StateJson.toTree(simulator.state().snapshot()))));
        }
        return run.build(
                new RunFile.Target("profile:" + release.name(), release.version(), release.build()), runPrefix);
    }

    /** What the API sees of a request: its query, and its body when it is a POST (PHP reads no other body). */
    static ApiRequest apiRequest(RunFile.Request request) {
        String target = request.target();
        int q = target.indexOf('?');
        String query = q < 0 ? null : target.substring(q + 1);
        byte[] body = "POST".equalsIgnoreCase(request.method()) && request.body() != null
                ? request.body().getBytes(StandardCharsets.UTF_8)
                : null;
        return ApiRequest.of(query, body, request.contentType(), CLIENT_IP);
    }
}
