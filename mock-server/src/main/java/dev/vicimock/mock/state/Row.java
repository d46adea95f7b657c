package dev.vicimock.mock.state;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One immutable row of a table: values in schema order, strings (or null) for text columns and
 * {@link Long} for numeric ones. Changing a row makes a new row, so readers never see a torn one.
 */
public final class Row {
    private final Schema schema;
    private final Object[] values;
    /** The collated key, made on first use; a change of a non-key column hands it on to the new row. */
    private String key;

    private Row(Schema schema, Object[] values, String key) {
        this.schema = schema;
        this.values = values;
        this.key = key;
    }

    /** A row with every column at the table's default. */
    public static Row defaults(Schema schema) {
        Object[] v = new Object[schema.columns().size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = schema.defaultOf(i);
        }
        return new Row(schema, v, null);
    }

    public Schema schema() {
        return schema;
    }

    public String text(String column) {
        Object v = values[schema.indexOf(column)];
        return v == null ? null : v.toString();
    }

    /** The column's text, with NULL read as the empty string the way PHP sees it. */
    public String textOrEmpty(String column) {
        String v = text(column);
        return v == null ? "" : v;
    }

    public long number(String column) {
        Object v = values[schema.indexOf(column)];
        return v == null ? 0 : ((Number) v).longValue();
    }

    public Object value(String column) {
        return values[schema.indexOf(column)];
    }

    public Row with(String column, Object value) {
        Object[] copy = values.clone();
        copy[schema.indexOf(column)] = Values.canonical(value);
        return new Row(schema, copy, schema.isKey(column) ? null : key);
    }

    public Row with(Map<String, ?> changes) {
        Object[] copy = values.clone();
        boolean keyKept = true;
        for (Map.Entry<String, ?> c : changes.entrySet()) {
            copy[schema.indexOf(c.getKey())] = Values.canonical(c.getValue());
            keyKept &= !schema.isKey(c.getKey());
        }
        return new Row(schema, copy, keyKept ? key : null);
    }

    /** The row's key as the database compares it: case-insensitive, trailing spaces ignored. */
    public String key() {
        // rows are immutable, so a race at worst computes the same string twice
        String k = key;
        if (k == null) {
            k = computeKey();
            key = k;
        }
        return k;
    }

    private String computeKey() {
        List<String> columns = schema.key();
        String[] keyValues = new String[columns.size()];
        for (int i = 0; i < keyValues.length; i++) {
            keyValues[i] = textOrEmpty(columns.get(i));
        }
        return keyOf(keyValues);
    }

    /** The key of a row whose key columns hold these values, as {@link #key()} makes it. */
    static String keyOf(String... keyValues) {
        StringBuilder b = new StringBuilder();
        for (String v : keyValues) {
            if (b.length() > 0) {
                b.append('\u0000');
            }
            b.append(Values.collate(v));
        }
        return b.toString();
    }

    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(schema.columns().get(i), values[i]);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row r && r.schema == schema && Arrays.equals(r.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return schema.table() + asMap();
    }
}
