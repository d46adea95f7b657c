package dev.vicimock.mock.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The recorded cases of the real server ({@code vicidial-oracle-cases/1}) and the seed they start from. */
final class OracleCases {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, List<String>> KEYS = Map.of("phones", List.of("extension", "server_ip"),
            "servers", List.of("server_ip"), "users", List.of("user"), "user_groups", List.of("user_group"),
            "conf_templates", List.of("template_id"));

    private OracleCases() {
    }

    static JsonNode load(String name) {
        try (InputStream in = OracleCases.class.getResourceAsStream("/oracle/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> cases() {
        List<JsonNode> out = new ArrayList<>();
        load("cases.json").get("cases").forEach(out::add);
        return out;
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
        ObjectNode state = (ObjectNode) load("seed.json");
        JsonNode changes = testCase.get("stateChanges");
        if (changes == null) {
            return state;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject()) {
                state.with(e.getKey()).setAll((ObjectNode) e.getValue());
                continue;
            }
            ArrayNode rows = state.withArray(e.getKey());
            for (JsonNode change : e.getValue()) {
                boolean merged = false;
                for (JsonNode existing : rows) {
                    if (key(e.getKey(), existing).equals(key(e.getKey(), change))) {
                        ((ObjectNode) existing).setAll((ObjectNode) change);
                        merged = true;
                    }
                }
                if (!merged) {
                    rows.add(change.deepCopy());
                }
            }
        }
        return state;
    }
}
