package dev.vicimock.mock.compare;

import dev.vicimock.mock.state.Snapshot;
import java.util.List;

/**
 * One scenario of a preview's corpus: the state it starts from and the requests it sends in order.
 *
 * @param feature  the feature (or recorded file) it belongs to
 * @param scenario its name
 * @param start    the state both simulators start it from
 * @param steps    its requests, each with the step label reports show
 */
public record CorpusScenario(String feature, String scenario, Snapshot start, List<Step> steps) {
    public CorpusScenario {
        steps = List.copyOf(steps);
    }

    /** A request of the scenario and the label of the step that sent it. */
    public record Step(String label, RunFile.Request request) {}
}
