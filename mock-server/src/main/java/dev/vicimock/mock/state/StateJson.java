package dev.vicimock.mock.state;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
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
    static final Set<String> TOP_LEVEL = topLevel();
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .disable(SerializationFeature.INDENT_OUTPUT);

    private StateJson() {}

    private static Set<String> topLevel() {
        Set<String> names = new HashSet<>(Set.of("format", "system_settings", "admin_log"));
        Tables.ALL.forEach(s -> names.add(s.table()));
        return Set.copyOf(names);
    }

    public static Snapshot read(InputStream in) {
        try (JsonParser p = MAPPER.createParser(in)) {
            return StateJsonReader.read(p, "the state must be a JSON object in format " + FORMAT);
        } catch (JsonProcessingException e) {
            throw new StateException("not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new StateException("cannot read the state: " + e.getMessage(), e);
        }
    }

    public static Snapshot read(byte[] json) {
        try (JsonParser p = MAPPER.createParser(json)) {
            return StateJsonReader.read(p, "empty document: expected a JSON object in format " + FORMAT);
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
        snapshot.systemSettings().forEach((name, v) -> {
            if (Tables.NUMERIC_SETTINGS.contains(name) && v.matches("-?\\d{1,18}")) {
                settings.put(name, Long.parseLong(v));
            } else {
                settings.put(name, v);
            }
        });
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

    /** A non-string cell as the format allows it: null, a whole number for numeric columns, else an error. */
    static Object value(Schema schema, String where, String column, JsonNode v) {
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

    static String describeKey(Schema schema, Row row) {
        List<String> parts = new ArrayList<>();
        for (String k : schema.key()) {
            parts.add(k + "=" + row.text(k));
        }
        return String.join(", ", parts);
    }

    /** Adds admin_log entry {@code i} to {@code log}; returns the content error instead, or null. */
    static String adminLogEntry(int i, JsonNode e, List<AdminLogEntry> log) {
        if (!e.isObject()) {
            return "admin_log[" + i + "] must be an object";
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!AdminLogEntry.COLUMNS.contains(f.getKey())) {
                return "admin_log[" + i + "] has unknown column '" + f.getKey() + "'";
            }
            if (!(f.getValue().isTextual() || f.getValue().isNull())) {
                return "admin_log[" + i + "]." + f.getKey() + " must be a string";
            }
            m.put(f.getKey(), f.getValue().isNull() ? null : f.getValue().asText());
        }
        log.add(AdminLogEntry.fromMap(m));
        return null;
    }
}
