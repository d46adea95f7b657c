package dev.vicimock.conformance.target;

import groovy.json.JsonOutput;
import groovy.json.JsonSlurper;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's admin routes ({@code /__admin/vicidial/...}): reset, read and replace the state. Only the
 * simulator has them; on a real server the suite checks effects through the API itself, or its database.
 */
public final class SimulatorAdmin implements StateSource {

    /** The tables a request may write, besides users (whose login columns every login writes). */
    private static final List<String> WRITABLE_TABLES = List.of(
            "phones",
            "servers",
            "conf_templates",
            "user_groups",
            "phones_alias",
            "groups_alias",
            "campaign_agents",
            "inbound_group_agents",
            "live_agents",
            "live_inbound_agents");

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

    /** The whole state: the simulator needs no keys. */
    @Override
    public StoredState snapshot(StateKeys keys) {
        return state();
    }

    @Override
    public StoredState current(StateKeys keys) {
        return state();
    }

    @Override
    public String describe() {
        return "the simulator's admin API";
    }

    @Override
    public void close() {
        // the simulator is stopped with its target
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
    public record State(Map<String, Object> json) implements StoredState {

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> table(String name) {
            Object t = json.get(name);
            return t == null ? List.of() : (List<Map<String, Object>>) t;
        }

        @Override
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

        @Override
        public List<Map<String, Object>> phonesWithLogin(String login) {
            return table("phones").stream()
                    .filter(p -> login.equalsIgnoreCase(String.valueOf(p.get("login"))))
                    .toList();
        }

        @Override
        public Optional<Map<String, Object>> server(String serverIp) {
            return row("servers", "server_ip", serverIp);
        }

        @Override
        public Optional<Map<String, Object>> user(String user) {
            return rowIgnoringCase("users", "user", user);
        }

        @Override
        public Optional<Map<String, Object>> userGroup(String userGroup) {
            return rowIgnoringCase("user_groups", "user_group", userGroup);
        }

        @Override
        public Optional<Map<String, Object>> phoneAlias(String aliasId) {
            return rowIgnoringCase("phones_alias", "alias_id", aliasId);
        }

        /** The number of entries: the log only grows between two resets. */
        @Override
        public long adminLogMark() {
            return adminLog().size();
        }

        @Override
        public List<Map<String, Object>> adminLogSince(long mark) {
            List<Map<String, Object>> log = adminLog();
            return log.subList((int) Math.min(mark, log.size()), log.size());
        }

        /** Every table a request may write, the users beyond their login columns and the system settings. */
        @Override
        public Map<String, Object> watched() {
            Map<String, Object> watched = new LinkedHashMap<>();
            for (String table : WRITABLE_TABLES) {
                watched.put("table " + table, table(table));
            }
            watched.put("table users beyond the login columns", withoutLogins(table("users")));
            watched.put("system_settings", json.get("system_settings"));
            return watched;
        }

        @Override
        public String watchedDescription() {
            return "the simulator's whole state: every table, the system settings and the admin log";
        }

        @Override
        public String where() {
            return "the simulator";
        }

        private static List<Map<String, Object>> withoutLogins(List<Map<String, Object>> users) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Map<String, Object> user : users) {
                Map<String, Object> copy = new HashMap<>(user);
                copy.remove("last_login_date");
                copy.remove("failed_login_count");
                out.add(copy);
            }
            return out;
        }
    }
}
