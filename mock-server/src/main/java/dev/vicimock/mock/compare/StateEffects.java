package dev.vicimock.mock.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vicimock.mock.state.Schema;
import dev.vicimock.mock.state.Tables;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The change a scenario made to the state, in the shape of the recorded cases' effects
 * ({@code vicidial-oracle-cases/2}): per table the updated columns, inserted rows and deleted keys (keys joined
 * with {@code @}), changed system settings, and how many admin log entries were added. {@code users.last_login_date}
 * is left out, as the recordings leave it out: a successful login sets it to now.
 */
final class StateEffects {
    private StateEffects() {}

    /** The effects between two {@code vicidial-state/1} trees. */
    static ObjectNode between(JsonNode before, JsonNode after) {
        ObjectNode out = RunFiles.JSON.createObjectNode();
        for (Schema schema : Tables.ALL) {
            ObjectNode table = table(schema, index(schema, before), index(schema, after));
            if (!table.isEmpty()) {
                out.set(schema.table(), table);
            }
        }
        ObjectNode settings = changed(before.path("system_settings"), after.path("system_settings"), "");
        if (!settings.isEmpty()) {
            out.set("system_settings", settings);
        }
        out.put(
                "adminLogAdded",
                after.path("admin_log").size() - before.path("admin_log").size());
        return out;
    }

    private static ObjectNode table(Schema schema, Map<String, JsonNode> before, Map<String, JsonNode> after) {
        ObjectNode updated = RunFiles.JSON.createObjectNode();
        ObjectNode inserted = RunFiles.JSON.createObjectNode();
        List<String> deleted = new ArrayList<>();
        String ignored = schema.table().equals("users") ? "last_login_date" : "";
        for (Map.Entry<String, JsonNode> row : after.entrySet()) {
            JsonNode old = before.get(row.getKey());
            if (old == null) {
                inserted.set(row.getKey(), row.getValue());
            } else {
                ObjectNode columns = changed(old, row.getValue(), ignored);
                if (!columns.isEmpty()) {
                    updated.set(row.getKey(), columns);
                }
            }
        }
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(deleted::add);
        ObjectNode table = RunFiles.JSON.createObjectNode();
        if (!updated.isEmpty()) {
            table.set("updated", updated);
        }
        if (!inserted.isEmpty()) {
            table.set("inserted", inserted);
        }
        if (!deleted.isEmpty()) {
            deleted.forEach(table.putArray("deleted")::add);
        }
        return table;
    }

    private static ObjectNode changed(JsonNode old, JsonNode now, String ignored) {
        ObjectNode columns = RunFiles.JSON.createObjectNode();
        for (Iterator<String> it = now.fieldNames(); it.hasNext(); ) {
            String c = it.next();
            if (!c.equals(ignored) && !now.get(c).equals(old.get(c))) {
                columns.set(c, now.get(c));
            }
        }
        return columns;
    }

    private static Map<String, JsonNode> index(Schema schema, JsonNode state) {
        Map<String, JsonNode> rows = new TreeMap<>();
        for (JsonNode row : state.path(schema.table())) {
            rows.put(key(schema, row), row);
        }
        return rows;
    }

    static String key(Schema schema, JsonNode row) {
        List<String> parts = new ArrayList<>();
        schema.key().forEach(k -> parts.add(row.path(k).asText("")));
        return String.join("@", parts);
    }
}
