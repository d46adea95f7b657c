package dev.vicimock.mock.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of one table of the dialer database as far as the API touches it: its columns in order,
 * its key, which columns are numbers, the database default of each column and the column widths the
 * real database truncates to.
 */
public final class Schema {
    private final String table;
    private final List<String> columns;
    private final List<String> key;
    private final Set<String> keyColumns;
    private final Set<String> numeric;
    private final Map<String, Object> defaults;
    private final List<String> indexed;
    private final Map<String, ColumnType> types;
    private final Map<String, Integer> index = new LinkedHashMap<>();

    Schema(String table, List<String> key, Set<String> numeric, Map<String, Object> defaults) {
        this(table, key, numeric, List.of(), defaults);
    }

    /** @param indexed non-key columns the API looks rows up by, kept indexed */
    Schema(String table, List<String> key, Set<String> numeric, List<String> indexed, Map<String, Object> defaults) {
        this(table, key, numeric, indexed, defaults, Map.of());
    }

    private Schema(
            String table,
            List<String> key,
            Set<String> numeric,
            List<String> indexed,
            Map<String, Object> defaults,
            Map<String, ColumnType> types) {
        this.table = table;
        this.columns = List.copyOf(defaults.keySet());
        this.key = List.copyOf(key);
        this.keyColumns = Set.copyOf(key);
        this.numeric = Set.copyOf(numeric);
        this.defaults = defaults;
        this.indexed = List.copyOf(indexed);
        this.types = Map.copyOf(types);
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
    }

    public String table() {
        return table;
    }

    public List<String> columns() {
        return columns;
    }

    public List<String> key() {
        return key;
    }

    /** The same table with the SQL types of the columns the API writes, for {@link #store}. */
    Schema typed(Map<String, ColumnType> columnTypes) {
        return new Schema(table, key, numeric, indexed, defaults, columnTypes);
    }

    /**
     * What the column stores when a statement writes this text into it (cut, clamped or an ENUM's error value, see
     * {@link ColumnType}); a column without a type keeps the text.
     */
    public Object store(String column, String text) {
        return ColumnType.store(types, column, text);
    }

    /** The non-key columns the table keeps an index of, for {@link Table#rowsWith}. */
    public List<String> indexed() {
        return indexed;
    }

    public boolean isKey(String column) {
        return keyColumns.contains(column);
    }

    public boolean isNumeric(String column) {
        return numeric.contains(column);
    }

    public boolean hasColumn(String column) {
        return index.containsKey(column);
    }

    int indexOf(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException("table " + table + " has no column " + column);
        }
        return i;
    }

    Object defaultOf(int i) {
        return defaults.get(columns.get(i));
    }
}
