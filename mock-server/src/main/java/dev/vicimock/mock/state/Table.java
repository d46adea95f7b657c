package dev.vicimock.mock.state;

import java.util.List;

/**
 * One table as one API call sees it: reads go straight to the shared rows, and the first change makes the call
 * the state's writer (see {@link Database}) before anything is changed.
 */
public final class Table {
    private final StoredTable stored;
    private final Database db;

    Table(StoredTable stored, Database db) {
        this.stored = stored;
        this.db = db;
    }

    public Schema schema() {
        return stored.schema();
    }

    /** The row whose key columns equal these values under the database's collation, or null. */
    public Row find(String... keyValues) {
        return stored.find(keyValues);
    }

    public boolean contains(Row row) {
        return stored.contains(row);
    }

    /** The rows holding this value in an indexed column (database collation), in insertion order. */
    public List<Row> rowsWith(String column, String value) {
        return stored.rowsWith(column, value);
    }

    /** Every row in insertion order. */
    public List<Row> rows() {
        return stored.rows();
    }

    public int size() {
        return stored.size();
    }

    /** Inserts the row or replaces the row with the same key (which keeps its position). */
    public void put(Row row) {
        db.beforeWrite();
        stored.put(row);
    }

    public void remove(Row row) {
        db.beforeWrite();
        stored.remove(row);
    }
}
