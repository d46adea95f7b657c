package dev.vicimock.mock.state;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One immutable row of a table: values in schema order, strings (or null) for text columns and
 * {@link Long} for numeric ones. Changing a row makes a new row, so readers never see a torn one.
 */
public final class Row {
    private final Schema schema;
    private final Object[] values;

    private Row(Schema schema, Object[] values) {
        this.schema = schema;
        this.values = values;
    }

    /** A row with every column at the table's default. */
    public static Row defaults(Schema schema) {
        Object[] v = new Object[schema.columns().size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = schema.defaultOf(i);
        }
        return new Row(schema, v);
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
        return new Row(schema, copy);
    }

    public Row with(Map<String, ?> changes) {
        Object[] copy = values.clone();
        changes.forEach((c, v) -> copy[schema.indexOf(c)] = Values.canonical(v));
        return new Row(schema, copy);
    }

    /** The row's key as the database compares it: case-insensitive, trailing spaces ignored. */
    public String key() {
        StringBuilder b = new StringBuilder();
        for (String k : schema.key()) {
            if (b.length() > 0) {
                b.append('\u0000');
            }
            b.append(Values.collate(textOrEmpty(k)));
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
