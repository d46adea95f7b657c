package dev.vicimock.mock.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One run of the suite (or of a preview) as a machine-readable document, format {@value #FORMAT}: the target it
 * spoke to and every exchange it made, scenario by scenario, with secrets masked. Two of these are compared by
 * {@link Comparison}; the conformance suite writes them, the standalone jar reads them.
 *
 * @param format    always {@value #FORMAT}
 * @param target    what answered
 * @param runPrefix the run's name prefix of test phones and users, or null; replaced before comparing
 * @param scenarios the scenarios in the order they ran
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunFile(String format, Target target, String runPrefix, List<Scenario> scenarios) {
    public static final String FORMAT = "vicidial-run/1";

    public RunFile {
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    /**
     * What answered: its URL (or {@code profile:NAME} for a simulated release) and the version and build it
     * reported.
     */
    public record Target(String url, String version, String build) {}

    /**
     * One scenario's exchanges in order, and optionally its effects on the state (a preview knows them; a run
     * against a server does not).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scenario(String feature, String scenario, List<Exchange> exchanges, JsonNode effects) {
        public Scenario {
            exchanges = exchanges == null ? List.of() : List.copyOf(exchanges);
        }

        /** The key scenarios are matched by across two runs. */
        public String key() {
            return feature + "\n" + scenario;
        }
    }

    /** A request the scenario sent in a step, and the answer it got. */
    public record Exchange(String step, Request request, int status, String body) {}

    /**
     * A request as sent: the method, the request target (path and query), and the body with its content type
     * (both null for none).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String method, String target, String contentType, String body) {
        /** One line for reports: method and target, then the body if there is one. */
        public String describe() {
            return method + " " + target + (body == null || body.isEmpty() ? "" : "\n" + contentType + "\n" + body);
        }
    }
}
