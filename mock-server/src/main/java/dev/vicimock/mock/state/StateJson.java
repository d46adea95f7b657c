package dev.vicimock.mock.state;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the {@code vicidial-state/1} format. Reading is strict: anything the format does not
 * allow (unknown table or column, wrong type, duplicate or missing key) is refused with a message naming
 * the place, so a bad document never reaches the live state.
 */
public final class StateJson {
    public static final String FORMAT = "vicidial-state/1";
    private static final Set<String> TOP_LEVEL = Set.of("format", "system_settings", "servers", "user_groups",
            "users", "conf_templates", "phones", "admin_log");
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .disable(SerializationFeature.INDENT_OUTPUT);

    private StateJson() {
    }

    public static Snapshot read(InputStream in) {
        try {
            return read(MAPPER.readTree(in));
        } catch (JsonProcessingException e) {
            throw new StateException("not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new StateException("cannot read the state: " + e.getMessage(), e);
        }
    }

    public static Snapshot read(byte[] json) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new StateException("empty document: expected a JSON object in format " + FORMAT);
            }
            return read(tree);
        } catch (JsonProcessingException e) {
            throw new StateException("not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new StateException("cannot read the state: " + e.getMessage(), e);
        }
    }

    public static byte[] write(Snapshot snapshot) {
        try {
            return MAPPER.writeValueAsBytes(toTree(snapshot));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write state", e);
        }
    }

    public static ObjectNode toTree(Snapshot snapshot) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode settings = root.putObject("system_settings");
        snapshot.systemSettings().forEach(settings::put);
        for (Schema s : Tables.ALL) {
            ArrayNode rows = root.putArray(s.table());
            for (Row r : snapshot.rows(s)) {
                ObjectNode o = rows.addObject();
                r.asMap().forEach((c, v) -> {
                    if (v == null) {
                        o.putNull(c);
                    } else if (v instanceof Long l) {
                        o.put(c, l);
                    } else {
                        o.put(c, v.toString());
                    }
                });
            }
        }
        ArrayNode log = root.putArray("admin_log");
        for (AdminLogEntry e : snapshot.adminLog()) {
            ObjectNode o = log.addObject();
            e.asMap().forEach((k, v) -> o.put(k, (String) v));
        }
        return root;
    }

    private static Snapshot read(JsonNode root) {
        if (!root.isObject()) {
            throw new StateException("the state must be a JSON object in format " + FORMAT);
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!TOP_LEVEL.contains(name)) {
                throw new StateException("unknown table '" + name + "' (known: " + String.join(", ",
                        new java.util.TreeSet<>(TOP_LEVEL)) + ")");
            }
        }
        JsonNode format = root.get("format");
        if (format != null && !(format.isTextual() && FORMAT.equals(format.asText()))) {
            throw new StateException("format must be \"" + FORMAT + "\", got " + format);
        }
        Map<String, String> settings = new LinkedHashMap<>(Tables.SYSTEM_SETTINGS_DEFAULTS);
        JsonNode ss = root.get("system_settings");
        if (ss != null && !ss.isNull()) {
            if (!ss.isObject()) {
                throw new StateException("system_settings must be an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = ss.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!Tables.SYSTEM_SETTINGS_DEFAULTS.containsKey(e.getKey())) {
                    throw new StateException("system_settings has unknown setting '" + e.getKey() + "' (known: "
                            + String.join(", ", new java.util.TreeSet<>(Tables.SYSTEM_SETTINGS_DEFAULTS.keySet())) + ")");
                }
                JsonNode v = e.getValue();
                if (!(v.isTextual() || v.isIntegralNumber())) {
                    throw new StateException("system_settings." + e.getKey() + " must be a string, got " + v);
                }
                settings.put(e.getKey(), v.asText());
            }
        }
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        for (Schema s : Tables.ALL) {
            tables.put(s.table(), rows(s, root.get(s.table())));
        }
        return new Snapshot(settings, tables, adminLog(root.get("admin_log")));
    }

    private static List<Row> rows(Schema schema, JsonNode node) {
        List<Row> rows = new ArrayList<>();
        if (node == null || node.isNull()) {
            return rows;
        }
        if (!node.isArray()) {
            throw new StateException(schema.table() + " must be a list of rows");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode r = node.get(i);
            String where = schema.table() + "[" + i + "]";
            if (!r.isObject()) {
                throw new StateException(where + " must be an object");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String column = e.getKey();
                if (!schema.hasColumn(column)) {
                    throw new StateException(where + " has unknown column '" + column + "'");
                }
                values.put(column, value(schema, where + "." + column, column, e.getValue()));
            }
            for (String k : schema.key()) {
                Object v = values.get(k);
                if (!(v instanceof String s) || s.isEmpty()) {
                    throw new StateException(where + " is missing its key column '" + k + "'");
                }
            }
            Row row = Row.defaults(schema).with(values);
            if (!keys.add(row.key())) {
                throw new StateException(where + " duplicates the key " + describeKey(schema, row)
                        + " of an earlier row (keys compare case-insensitively, as in the database)");
            }
            rows.add(row);
        }
        return rows;
    }

    private static Object value(Schema schema, String where, String column, JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (schema.isNumeric(column)) {
            if (v.isIntegralNumber() && v.canConvertToLong()) {
                return v.asLong();
            }
            throw new StateException(where + " must be a whole number, got " + v);
        }
        if (v.isTextual()) {
            return v.asText();
        }
        throw new StateException(where + " must be a string or null, got " + v);
    }

    private static String describeKey(Schema schema, Row row) {
        List<String> parts = new ArrayList<>();
        for (String k : schema.key()) {
            parts.add(k + "=" + row.text(k));
        }
        return String.join(", ", parts);
    }

    private static List<AdminLogEntry> adminLog(JsonNode node) {
        List<AdminLogEntry> log = new ArrayList<>();
        if (node == null || node.isNull()) {
            return log;
        }
        if (!node.isArray()) {
            throw new StateException("admin_log must be a list of entries");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode e = node.get(i);
            if (!e.isObject()) {
                throw new StateException("admin_log[" + i + "] must be an object");
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!AdminLogEntry.COLUMNS.contains(f.getKey())) {
                    throw new StateException("admin_log[" + i + "] has unknown column '" + f.getKey() + "'");
                }
                if (!(f.getValue().isTextual() || f.getValue().isNull())) {
                    throw new StateException("admin_log[" + i + "]." + f.getKey() + " must be a string");
                }
                m.put(f.getKey(), f.getValue().isNull() ? null : f.getValue().asText());
            }
            log.add(AdminLogEntry.fromMap(m));
        }
        return log;
    }
}
