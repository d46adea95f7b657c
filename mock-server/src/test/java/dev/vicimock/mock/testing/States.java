package dev.vicimock.mock.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vicimock.mock.pipeline.Simulator;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.StateJson;
import dev.vicimock.mock.state.Tables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Start states for tests: the recorded seed, edited as a {@code vicidial-state/1} JSON tree and read back. */
public final class States {
    private States() {}

    /** The state the provisioning cases were recorded from ({@code oracle/seed-provisioning.json}). */
    public static Snapshot provisioning() {
        try (InputStream in = States.class.getResourceAsStream("/oracle/seed-provisioning.json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource oracle/seed-provisioning.json");
            }
            return StateJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The provisioning seed with one system setting changed, e.g. {@code use_non_latin=1}. */
    public static Snapshot provisioningWithSetting(String name, String value) {
        ObjectNode tree = StateJson.toTree(provisioning());
        tree.with("system_settings").put(name, value);
        return read(tree);
    }

    /** The seed as an editable JSON tree. */
    public static ObjectNode seedTree() {
        return StateJson.toTree(Simulator.defaultState());
    }

    /** The seed after an edit of its JSON tree. */
    public static Snapshot seed(Consumer<ObjectNode> edit) {
        ObjectNode tree = seedTree();
        edit.accept(tree);
        return read(tree);
    }

    /** The provisioning seed ({@code oracle/seed-provisioning.json}: user admins, agents, groups) after an edit. */
    public static Snapshot provisioningSeed(Consumer<ObjectNode> edit) {
        try (InputStream in = States.class.getResourceAsStream("/oracle/seed-provisioning.json")) {
            ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(in);
            edit.accept(tree);
            return read(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Snapshot read(ObjectNode tree) {
        return StateJson.read(tree.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The seed with one system setting changed, e.g. {@code use_non_latin=1}. */
    public static Snapshot withSetting(String name, String value) {
        return seed(t -> t.with("system_settings").put(name, value));
    }

    /** Sets a column of every row of {@code table} whose key column {@code keyColumn} is {@code key}. */
    public static void set(ObjectNode tree, String table, String keyColumn, String key, String column, String value) {
        tree.withArray(table).forEach(r -> {
            if (key.equals(r.path(keyColumn).asText())) {
                ((ObjectNode) r).put(column, value);
            }
        });
    }

    /** The phone with that extension and server in a snapshot, or null. */
    public static Row phone(Snapshot s, String extension, String serverIp) {
        return s.rows(Tables.PHONES).stream()
                .filter(r -> r.text("extension").equals(extension)
                        && r.text("server_ip").equals(serverIp))
                .findFirst()
                .orElse(null);
    }

    public static Row user(Snapshot s, String user) {
        return s.rows(Tables.USERS).stream()
                .filter(r -> r.text("user").equals(user))
                .findFirst()
                .orElse(null);
    }

    public static Row server(Snapshot s, String serverIp) {
        return s.rows(Tables.SERVERS).stream()
                .filter(r -> r.text("server_ip").equals(serverIp))
                .findFirst()
                .orElse(null);
    }

    /** What an API call may write besides the caller's login counters: phones, servers and the admin log. */
    public static Snapshot writable(Snapshot s) {
        Map<String, List<Row>> tables = new HashMap<>(s.tables());
        tables.remove(Tables.USERS.table());
        return new Snapshot(s.systemSettings(), tables, s.adminLog());
    }
}
