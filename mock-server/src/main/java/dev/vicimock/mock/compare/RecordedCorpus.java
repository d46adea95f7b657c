package dev.vicimock.mock.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vicimock.mock.state.Schema;
import dev.vicimock.mock.state.StateJson;
import dev.vicimock.mock.state.Tables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The default corpus of a preview: the requests of the real servers' recorded cases shipped in the jar
 * ({@code cases.json} from {@code seed.json}, {@code cases-provisioning.json} from {@code seed-provisioning.json}),
 * each case starting from its seed with the case's {@code stateChanges} upserted by key.
 */
public final class RecordedCorpus {
    private static final String FOLDER = "/dev/vicimock/mock/compare/corpus/";

    private RecordedCorpus() {}

    /** Every shipped case: the phone functions' cases, then the user and alias functions'. */
    public static List<CorpusScenario> shipped() {
        List<CorpusScenario> all = new ArrayList<>(
                of("Recorded cases: phones and version (cases.json)", resource("cases.json"), resource("seed.json")));
        all.addAll(of(
                "Recorded cases: users and aliases (cases-provisioning.json)",
                resource("cases-provisioning.json"),
                resource("seed-provisioning.json")));
        return all;
    }

    /** The cases of one recorded file as scenarios of the feature named after it. */
    public static List<CorpusScenario> of(String feature, JsonNode cases, JsonNode seed) {
        List<CorpusScenario> out = new ArrayList<>();
        for (JsonNode c : cases.path("cases")) {
            List<CorpusScenario.Step> steps = new ArrayList<>();
            int n = 0;
            for (JsonNode s : c.path("steps")) {
                n++;
                steps.add(new CorpusScenario.Step(
                        "step " + n,
                        new RunFile.Request(
                                s.path("method").asText("GET"),
                                s.path("target").asText(),
                                text(s.get("contentType")),
                                text(s.get("body")))));
            }
            byte[] start = startState((ObjectNode) seed.deepCopy(), c.get("stateChanges"))
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
            out.add(new CorpusScenario(
                    feature, c.path("id").asText() + " " + c.path("title").asText(), StateJson.read(start), steps));
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /**
     * The seed with a recorded case's {@code stateChanges} upserted by key ({@code system_settings}, one object,
     * merged); the seed tree is changed in place and returned.
     */
    public static ObjectNode startState(ObjectNode state, JsonNode changes) {
        if (changes == null) {
            return state;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject()) {
                state.with(e.getKey()).setAll((ObjectNode) e.getValue());
                continue;
            }
            Schema schema = Tables.ALL.stream()
                    .filter(s -> s.table().equals(e.getKey()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown table in stateChanges: " + e.getKey()));
            ArrayNode rows = state.withArray(e.getKey());
            for (JsonNode change : e.getValue()) {
                boolean merged = false;
                for (JsonNode existing : rows) {
                    if (StateEffects.key(schema, existing).equals(StateEffects.key(schema, change))) {
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

    private static JsonNode resource(String name) {
        try (InputStream in = RecordedCorpus.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + name);
            }
            return RunFiles.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
