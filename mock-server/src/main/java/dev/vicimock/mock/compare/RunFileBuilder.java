package dev.vicimock.mock.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a run's exchanges as they happen, scenario by scenario in first-seen order, into a {@link RunFile}.
 * Safe to call from several threads (scenarios running in parallel).
 */
public final class RunFileBuilder {
    private final Map<String, Entry> scenarios = new LinkedHashMap<>();

    private static final class Entry {
        final String feature;
        final String scenario;
        final List<RunFile.Exchange> exchanges = new ArrayList<>();
        JsonNode effects;

        Entry(String feature, String scenario) {
            this.feature = feature;
            this.scenario = scenario;
        }
    }

    /** Adds an exchange to the end of its scenario. */
    public synchronized RunFileBuilder exchange(String feature, String scenario, RunFile.Exchange exchange) {
        entry(feature, scenario).exchanges.add(exchange);
        return this;
    }

    /** Sets the scenario's effects on the state. */
    public synchronized RunFileBuilder effects(String feature, String scenario, JsonNode effects) {
        entry(feature, scenario).effects = effects;
        return this;
    }

    private Entry entry(String feature, String scenario) {
        return scenarios.computeIfAbsent(feature + "\n" + scenario, k -> new Entry(feature, scenario));
    }

    public synchronized boolean isEmpty() {
        return scenarios.isEmpty();
    }

    public synchronized RunFile build(RunFile.Target target, String runPrefix) {
        List<RunFile.Scenario> out = new ArrayList<>();
        scenarios.values().forEach(e -> out.add(new RunFile.Scenario(e.feature, e.scenario, e.exchanges, e.effects)));
        return new RunFile(RunFile.FORMAT, target, runPrefix, out);
    }
}
