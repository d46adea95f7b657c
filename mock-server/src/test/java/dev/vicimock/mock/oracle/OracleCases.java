package dev.vicimock.mock.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vicimock.mock.compare.RecordedCorpus;
import dev.vicimock.mock.state.Schema;
import dev.vicimock.mock.state.Tables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The recorded cases of the real server ({@code vicidial-oracle-cases/1} and {@code /2}) and the seeds they
 * start from.
 */
final class OracleCases {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, List<String>> KEYS =
            Tables.ALL.stream().collect(Collectors.toUnmodifiableMap(Schema::table, Schema::key));

    private OracleCases() {}

    static JsonNode load(String name) {
        try (InputStream in = OracleCases.class.getResourceAsStream("/oracle/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> cases() {
        return cases("cases.json");
    }

    static List<JsonNode> cases(String file) {
        List<JsonNode> out = new ArrayList<>();
        load(file).get("cases").forEach(out::add);
        return out;
    }

    /** Every profile some step of these cases was recorded on, in first-seen order. */
    static List<String> recordedProfiles(List<JsonNode> cases) {
        Set<String> profiles = new LinkedHashSet<>();
        for (JsonNode c : cases) {
            for (JsonNode step : c.get("steps")) {
                step.get("expect").fieldNames().forEachRemaining(profiles::add);
            }
        }
        return List.copyOf(profiles);
    }

    static String key(String table, JsonNode row) {
        List<String> parts = new ArrayList<>();
        for (String k : KEYS.get(table)) {
            parts.add(row.path(k).asText(""));
        }
        return String.join("@", parts);
    }

    /** The seed with the case's stateChanges upserted by key ({@code system_settings}, one object, merged). */
    static ObjectNode initialState(JsonNode testCase) {
        return initialState("seed.json", testCase);
    }

    /** The named seed with the case's stateChanges upserted by key ({@code system_settings} merged). */
    static ObjectNode initialState(String seed, JsonNode testCase) {
        return RecordedCorpus.startState((ObjectNode) load(seed), testCase.get("stateChanges"));
    }
}
