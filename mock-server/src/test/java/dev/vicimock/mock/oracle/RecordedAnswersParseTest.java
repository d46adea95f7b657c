package dev.vicimock.mock.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vicimock.client.ApiFunction;
import dev.vicimock.client.FunctionResult;
import dev.vicimock.client.Outcome;
import dev.vicimock.client.Reply;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every HTTP 200 body the real server gave in the recordings, of every release, read by the client library
 * ({@code vicidial-client}) into the typed result of the function called: each line must be one the parser knows
 * and every data field must get its name, so a client reading real answers loses nothing. Bodies recorded as a
 * pattern (the version line's clock, 2.14-107's debug output) are not exact text and are left out.
 */
class RecordedAnswersParseTest {

    static Stream<Arguments> recordedBodies() {
        List<Arguments> out = new ArrayList<>();
        for (String file : List.of("cases.json", "cases-provisioning.json")) {
            for (JsonNode c : OracleCases.cases(file)) {
                int stepIndex = 0;
                for (JsonNode step : c.get("steps")) {
                    stepIndex++;
                    String function = function(step).orElse("");
                    for (Map.Entry<String, JsonNode> e :
                            (Iterable<Map.Entry<String, JsonNode>>) step.get("expect")::fields) {
                        JsonNode expect = e.getValue();
                        if (expect.path("status").asInt() == 200 && expect.has("body")) {
                            out.add(Arguments.of(
                                    c.get("id").asText() + "/" + stepIndex + " " + e.getKey(),
                                    function,
                                    expect.get("body").asText()));
                        }
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("recordedBodies")
    void everyRecordedAnswerReadsIntoItsTypedResultWithoutLoss(String id, String function, String body) {
        FunctionResult result =
                ApiFunction.byName(function).map(f -> f.parse(body)).orElseGet(() -> () -> Reply.parse(body));
        assertEquals(List.of(), result.unread(), body);
        assertTrue(result.outcome() != Outcome.NONE, body);
    }

    /** The function parameter as PHP reads it: the last occurrence, the query's over the form body's. */
    private static Optional<String> function(JsonNode step) {
        String target = step.get("target").asText();
        int q = target.indexOf('?');
        Optional<String> fromQuery = q < 0 ? Optional.empty() : lastValue(target.substring(q + 1), "function");
        if (fromQuery.isPresent()) {
            return fromQuery;
        }
        JsonNode body = step.get("body");
        return body == null || body.isNull() ? Optional.empty() : lastValue(body.asText(), "function");
    }

    private static Optional<String> lastValue(String form, String name) {
        Map<String, String> values = new TreeMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            values.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return Optional.ofNullable(values.get(name));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
