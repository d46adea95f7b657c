package dev.vicimock.mock.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two runs scenario by scenario: the exchanges of a scenario pairwise in order (status and body, each
 * run's own values normalised away), then its effects on the state when both runs know them.
 */
public final class Comparison {
    private final Normaliser leftNormaliser;
    private final Normaliser rightNormaliser;
    private final List<CompareReport.Difference> differing = new ArrayList<>();

    private Comparison(RunFile left, RunFile right) {
        this.leftNormaliser = new Normaliser(left.runPrefix());
        this.rightNormaliser = new Normaliser(right.runPrefix());
    }

    public static CompareReport of(RunFile left, RunFile right) {
        return new Comparison(left, right).run(left, right);
    }

    private CompareReport run(RunFile left, RunFile right) {
        Map<String, RunFile.Scenario> rights = new LinkedHashMap<>();
        right.scenarios().forEach(s -> rights.putIfAbsent(s.key(), s));
        List<CompareReport.ScenarioRef> onlyLeft = new ArrayList<>();
        int compared = 0;
        for (RunFile.Scenario l : left.scenarios()) {
            RunFile.Scenario r = rights.remove(l.key());
            if (r == null) {
                onlyLeft.add(new CompareReport.ScenarioRef(l.feature(), l.scenario()));
                continue;
            }
            compared++;
            compareExchanges(l, r);
            compareEffects(l, r);
        }
        List<CompareReport.ScenarioRef> onlyRight = rights.values().stream()
                .map(s -> new CompareReport.ScenarioRef(s.feature(), s.scenario()))
                .toList();
        return new CompareReport(left.target(), right.target(), compared, differing, onlyLeft, onlyRight);
    }

    private void compareExchanges(RunFile.Scenario l, RunFile.Scenario r) {
        int steps = Math.max(l.exchanges().size(), r.exchanges().size());
        for (int i = 0; i < steps; i++) {
            RunFile.Exchange a = i < l.exchanges().size() ? l.exchanges().get(i) : null;
            RunFile.Exchange b = i < r.exchanges().size() ? r.exchanges().get(i) : null;
            CompareReport.Side left =
                    a == null ? null : CompareReport.Side.answer(a.status(), leftNormaliser.apply(a.body()));
            CompareReport.Side right =
                    b == null ? null : CompareReport.Side.answer(b.status(), rightNormaliser.apply(b.body()));
            if (!Objects.equals(left, right)) {
                RunFile.Exchange shown = a != null ? a : b;
                Normaliser n = a != null ? leftNormaliser : rightNormaliser;
                RunFile.Request q = shown.request();
                RunFile.Request request =
                        new RunFile.Request(q.method(), n.apply(q.target()), q.contentType(), n.apply(q.body()));
                differing.add(
                        new CompareReport.Difference(l.feature(), l.scenario(), shown.step(), request, left, right));
            }
        }
    }

    private void compareEffects(RunFile.Scenario l, RunFile.Scenario r) {
        if (l.effects() == null || r.effects() == null) {
            return;
        }
        JsonNode left = normalised(l.effects(), leftNormaliser);
        JsonNode right = normalised(r.effects(), rightNormaliser);
        if (!left.equals(right)) {
            differing.add(new CompareReport.Difference(
                    l.feature(),
                    l.scenario(),
                    CompareReport.EFFECTS_STEP,
                    null,
                    CompareReport.Side.effects(left),
                    CompareReport.Side.effects(right)));
        }
    }

    private static JsonNode normalised(JsonNode effects, Normaliser n) {
        try {
            return RunFiles.JSON.readTree(n.apply(effects.toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("effects no longer JSON after normalising", e);
        }
    }
}
