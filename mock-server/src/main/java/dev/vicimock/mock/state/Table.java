package dev.vicimock.mock.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one table by key, in insertion order, with optional secondary indexes on single columns.
 * Not thread-safe by itself: {@link DialerState} guards every table with its lock.
 */
public final class Table {
    private final Schema schema;
    private final LinkedHashMap<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, Row>>> indexes = new HashMap<>();

    Table(Schema schema, List<String> indexedColumns) {
        this.schema = schema;
        for (String c : indexedColumns) {
            indexes.put(c, new HashMap<>());
        }
    }

    public Schema schema() {
        return schema;
    }

    /** The row whose key columns equal these values under the database's collation, or null. */
    public Row find(String... keyValues) {
        StringBuilder b = new StringBuilder();
        for (String v : keyValues) {
            if (b.length() > 0) {
                b.append('\u0000');
            }
            b.append(Values.collate(v));
        }
        return rows.get(b.toString());
    }

    public boolean contains(Row row) {
        return rows.containsKey(row.key());
    }

    /** The rows holding this value in an indexed column (database collation). */
    public Collection<Row> rowsWith(String column, String value) {
        Map<String, Row> found = indexes.get(column).get(Values.collate(value));
        return found == null ? List.of() : Collections.unmodifiableCollection(found.values());
    }

    public Collection<Row> rows() {
        return Collections.unmodifiableCollection(rows.values());
    }

    public int size() {
        return rows.size();
    }

    /** Inserts the row or replaces the row with the same key. */
    public void put(Row row) {
        Row old = rows.put(row.key(), row);
        for (Map.Entry<String, Map<String, Map<String, Row>>> index : indexes.entrySet()) {
            String column = index.getKey();
            String was = old == null ? null : old.text(column);
            String now = row.text(column);
            if (was != null && now != null && Values.collate(was).equals(Values.collate(now))) {
                // the same key in the same bucket: replaced in place, keeping its position
                index.getValue().get(Values.collate(now)).put(row.key(), row);
                continue;
            }
            if (old != null) {
                unindex(column, index.getValue(), old);
            }
            index(column, index.getValue(), row);
        }
    }

    public void remove(Row row) {
        Row old = rows.remove(row.key());
        if (old != null) {
            indexes.forEach((column, byValue) -> unindex(column, byValue, old));
        }
    }

    List<Row> snapshot() {
        return new ArrayList<>(rows.values());
    }

    private static void index(String column, Map<String, Map<String, Row>> byValue, Row row) {
        String v = row.text(column);
        if (v != null) {
            byValue.computeIfAbsent(Values.collate(v), k -> new LinkedHashMap<>()).put(row.key(), row);
        }
    }

    private static void unindex(String column, Map<String, Map<String, Row>> byValue, Row row) {
        String v = row.text(column);
        Map<String, Row> rowsWithValue = v == null ? null : byValue.get(Values.collate(v));
        if (rowsWithValue != null) {
            rowsWithValue.remove(row.key());
            if (rowsWithValue.isEmpty()) {
                byValue.remove(Values.collate(v));
            }
        }
    }
}
