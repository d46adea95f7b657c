package dev.vicimock.conformance.target;

import groovy.json.JsonOutput;
import groovy.json.JsonSlurper;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's admin routes ({@code /__admin/vicidial/...}): reset, read and replace the state. Only the
 * simulator has them; on a real server the suite checks effects through the API itself.
 */
public final class SimulatorAdmin {

    private final String baseUrl;

    public SimulatorAdmin(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Puts the simulator back to its start state (the oracle's seed). */
    public void reset() {
        Response r = RestAssured.given().post(baseUrl + "/__admin/vicidial/reset");
        expect2xx(r, "POST /__admin/vicidial/reset");
    }

    /** The whole state in the {@code vicidial-state/1} format plus {@code admin_log}. */
    public State state() {
        Response r = RestAssured.given().get(baseUrl + "/__admin/vicidial/state");
        expect2xx(r, "GET /__admin/vicidial/state");
        @SuppressWarnings("unchecked")
        Map<String, Object> json =
                (Map<String, Object>) new JsonSlurper().parseText(new String(r.asByteArray(), StandardCharsets.UTF_8));
        return new State(json);
    }

    /** Replaces the whole state; the simulator refuses malformed state with HTTP 400. */
    public void replaceState(State state) {
        Map<String, Object> json = new java.util.LinkedHashMap<>(state.json());
        Response r = RestAssured.given()
                .contentType("application/json")
                .body(JsonOutput.toJson(json).getBytes(StandardCharsets.UTF_8))
                .put(baseUrl + "/__admin/vicidial/state");
        expect2xx(r, "PUT /__admin/vicidial/state");
    }

    private static void expect2xx(Response r, String what) {
        if (r.getStatusCode() / 100 != 2) {
            throw new IllegalStateException(what + " answered HTTP " + r.getStatusCode() + ": " + r.asString());
        }
    }

    /**
     * A copy of the simulator's state, read as JSON: tables are lists of rows, rows are maps of column to value.
     *
     * @param json the parsed document
     */
    public record State(Map<String, Object> json) {

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> table(String name) {
            Object t = json.get(name);
            return t == null ? List.of() : (List<Map<String, Object>>) t;
        }

        /** The phone row with this extension and server, compared case-insensitively as MySQL does. */
        public Optional<Map<String, Object>> phone(String extension, String serverIp) {
            return table("phones").stream()
                    .filter(p -> extension.equalsIgnoreCase(String.valueOf(p.get("extension")))
                            && serverIp.equalsIgnoreCase(String.valueOf(p.get("server_ip"))))
                    .findFirst();
        }

        public Optional<Map<String, Object>> row(String table, String keyColumn, String key) {
            return table(table).stream()
                    .filter(r -> key.equals(String.valueOf(r.get(keyColumn))))
                    .findFirst();
        }

        /** The row whose key matches case-insensitively, as the database compares user and alias names. */
        public Optional<Map<String, Object>> rowIgnoringCase(String table, String keyColumn, String key) {
            return table(table).stream()
                    .filter(r -> key.equalsIgnoreCase(String.valueOf(r.get(keyColumn))))
                    .findFirst();
        }

        public List<Map<String, Object>> adminLog() {
            return table("admin_log");
        }
    }
}
