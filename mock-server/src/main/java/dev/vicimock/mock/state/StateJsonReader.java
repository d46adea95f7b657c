package dev.vicimock.mock.state;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a {@code vicidial-state/1} document as a stream, building rows while it parses. A document tree of a
 * 100,000-phone state is several hundred megabytes of short-lived objects that the collector has to copy
 * while the parse is still running; streaming keeps only the rows.
 *
 * <p>The checks and messages are {@link StateJson}'s. Like a reader that parses the whole document first, a
 * syntax error anywhere wins over a content error, and content errors are reported in a fixed order (unknown
 * table, format, system_settings, the tables in {@link Tables#ALL} order, admin_log) whatever the order of
 * the document: the first content error of each part is noted and thrown once the document is parsed.
 */
final class StateJsonReader {
    private final JsonParser parser;
    private final Map<String, String> settings = new LinkedHashMap<>(Tables.SYSTEM_SETTINGS_DEFAULTS);
    private final Map<Schema, List<Row>> tables = new HashMap<>();
    private final List<AdminLogEntry> adminLog = new ArrayList<>();

    private String unknownTable;
    private String formatError;
    private boolean formatSeen;
    private String settingsError;
    private final Map<Schema, String> tableErrors = new HashMap<>();
    private String adminLogError;

    private StateJsonReader(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * Reads the document; {@code emptyMessage} is the error for a document without any JSON value.
     * The parser must have an object codec (created by an ObjectMapper).
     */
    static Snapshot read(JsonParser parser, String emptyMessage) throws IOException {
        return new StateJsonReader(parser).document(emptyMessage);
    }

    private Snapshot document(String emptyMessage) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new StateException(emptyMessage);
        }
        if (first != JsonToken.START_OBJECT) {
            parser.skipChildren();
            throw new StateException("the state must be a JSON object in format " + StateJson.FORMAT);
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            part(name);
        }
        throwFirstError();
        Map<String, List<Row>> ordered = new LinkedHashMap<>();
        for (Schema s : Tables.ALL) {
            ordered.put(s.table(), tables.getOrDefault(s, new ArrayList<>()));
        }
        return new Snapshot(settings, ordered, adminLog);
    }

    private void part(String name) throws IOException {
        if (!StateJson.TOP_LEVEL.contains(name)) {
            if (unknownTable == null) {
                unknownTable = "unknown table '" + name + "' (known: "
                        + String.join(", ", new TreeSet<>(StateJson.TOP_LEVEL)) + ")";
            }
            parser.skipChildren();
            return;
        }
        switch (name) {
            case "format" -> format(parser.readValueAsTree());
            case "system_settings" -> systemSettings(parser.readValueAsTree());
            case "admin_log" -> adminLog();
            default ->
                table(Tables.ALL.stream()
                        .filter(s -> s.table().equals(name))
                        .findFirst()
                        .orElseThrow());
        }
    }

    private void format(JsonNode format) {
        formatSeen = true;
        if (format == null) {
            format = NullNode.getInstance();
        }
        if (!(format.isTextual() && StateJson.FORMAT.equals(format.asText()))) {
            formatError = "format must be \"" + StateJson.FORMAT + "\", got " + format;
        }
    }

    private void systemSettings(JsonNode ss) {
        if (ss == null || ss.isNull()) {
            return;
        }
        if (!ss.isObject()) {
            settingsError = "system_settings must be an object";
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = ss.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!Tables.SYSTEM_SETTINGS_DEFAULTS.containsKey(e.getKey())) {
                settingsError = "system_settings has unknown setting '" + e.getKey() + "' (known: "
                        + String.join(", ", new TreeSet<>(Tables.SYSTEM_SETTINGS_DEFAULTS.keySet())) + ")";
                return;
            }
            JsonNode v = e.getValue();
            if (!(v.isTextual() || v.isIntegralNumber())) {
                settingsError = "system_settings." + e.getKey() + " must be a string, got " + v;
                return;
            }
            settings.put(e.getKey(), v.asText());
        }
    }

    private void table(Schema schema) throws IOException {
        List<Row> rows = new ArrayList<>();
        tables.put(schema, rows);
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        if (t != JsonToken.START_ARRAY) {
            tableErrors.put(schema, schema.table() + " must be a list of rows");
            parser.skipChildren();
            return;
        }
        Set<String> keys = new HashSet<>();
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String where = schema.table() + "[" + i++ + "]";
            if (tableErrors.containsKey(schema)) {
                parser.skipChildren();
            } else if (parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                tableErrors.put(schema, where + " must be an object");
            } else {
                try {
                    Row row = row(schema, where);
                    if (!keys.add(row.key())) {
                        throw new StateException(where + " duplicates the key " + StateJson.describeKey(schema, row)
                                + " of an earlier row (keys compare case-insensitively, as in the database)");
                    }
                    rows.add(row);
                } catch (StateException e) {
                    tableErrors.put(schema, e.getMessage());
                    skipRestOfObject();
                }
            }
        }
    }

    /** One row object; on a content error the parser is left inside the object. */
    private Row row(Schema schema, String where) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String column = parser.currentName();
            JsonToken v = parser.nextToken();
            if (!schema.hasColumn(column)) {
                throw new StateException(where + " has unknown column '" + column + "'");
            }
            if (v == JsonToken.VALUE_STRING && !schema.isNumeric(column)) {
                values.put(column, parser.getText());
            } else if (v == JsonToken.VALUE_NULL) {
                values.put(column, null);
            } else {
                values.put(column, StateJson.value(schema, where + "." + column, column, parser.readValueAsTree()));
            }
        }
        for (String k : schema.key()) {
            Object v = values.get(k);
            if (!(v instanceof String s) || s.isEmpty()) {
                throw new StateException(where + " is missing its key column '" + k + "'");
            }
        }
        return Row.defaults(schema).with(values);
    }

    /** After a content error inside a row: parse on to the row's end, so syntax errors still surface. */
    private void skipRestOfObject() throws IOException {
        if (parser.currentToken() == JsonToken.END_OBJECT) {
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
    }

    private void adminLog() throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        if (t != JsonToken.START_ARRAY) {
            adminLogError = "admin_log must be a list of entries";
            parser.skipChildren();
            return;
        }
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode entry = parser.readValueAsTree();
            if (adminLogError == null) {
                adminLogError = StateJson.adminLogEntry(i, entry, adminLog);
            }
            i++;
        }
    }

    private void throwFirstError() {
        List<String> inOrder = new ArrayList<>();
        inOrder.add(unknownTable);
        inOrder.add(formatError);
        inOrder.add(settingsError);
        for (Schema s : Tables.ALL) {
            inOrder.add(tableErrors.get(s));
        }
        inOrder.add(adminLogError);
        // last, so that a document's content errors are still named: without it, {} would empty every table
        inOrder.add(formatSeen ? null : "the document has no \"format\": \"" + StateJson.FORMAT + "\"");
        for (String e : inOrder) {
            if (e != null) {
                throw new StateException(e);
            }
        }
    }
}
