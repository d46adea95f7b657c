package dev.vicimock.mock.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What differs between two runs, scenario by scenario: written as {@code report.json} as it is, and read by
 * {@link ReportMarkdown}.
 *
 * @param left      the left run's target
 * @param right     the right run's target
 * @param scenarios how many scenarios both runs have (the ones compared)
 * @param differing every step of those whose answer differs, and every difference of state effects
 * @param onlyLeft  scenarios only the left run has
 * @param onlyRight scenarios only the right run has
 */
public record CompareReport(
        RunFile.Target left,
        RunFile.Target right,
        int scenarios,
        List<Difference> differing,
        List<ScenarioRef> onlyLeft,
        List<ScenarioRef> onlyRight) {

    /** The step label of a difference in state effects rather than in an answer. */
    public static final String EFFECTS_STEP = "(effects on the state)";

    public CompareReport {
        differing = List.copyOf(differing);
        onlyLeft = List.copyOf(onlyLeft);
        onlyRight = List.copyOf(onlyRight);
    }

    /** A step whose answers differ; a side is null when that run has no such step. */
    public record Difference(
            String feature, String scenario, String step, RunFile.Request request, Side left, Side right) {
        ScenarioRef ref() {
            return new ScenarioRef(feature, scenario);
        }
    }

    /** One run's answer (status and body, normalised) or its effects on the state. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Side(Integer status, String body, JsonNode effects) {
        static Side answer(int status, String body) {
            return new Side(status, body, null);
        }

        static Side effects(JsonNode effects) {
            return new Side(null, null, effects);
        }
    }

    /** A scenario by feature and name. */
    public record ScenarioRef(String feature, String scenario) {}

    /** The scenarios with at least one difference, in report order. */
    public List<ScenarioRef> differingScenarios() {
        Set<ScenarioRef> out = new LinkedHashSet<>();
        differing.forEach(d -> out.add(d.ref()));
        return List.copyOf(out);
    }

    /** True when nothing differs and both runs have the same scenarios. */
    public boolean same() {
        return differing.isEmpty() && onlyLeft.isEmpty() && onlyRight.isEmpty();
    }
}
