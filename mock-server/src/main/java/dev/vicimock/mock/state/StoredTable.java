package dev.vicimock.mock.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rows of one table by key, in insertion order, with optional indexes on single columns. One thread
 * changes it at a time (the holder of the state's write lock) while any number read it without a lock: a
 * reader only ever touches concurrent maps and immutable lists, so a read that races a change sees rows from
 * before or after it, never a broken structure, and {@link DialerState} throws such a read away.
 */
final class StoredTable {
    /** A row and the position it was first inserted at; replacing a row keeps its position, as an UPDATE does. */
    private record Slot(long position, Row row) {}

    /** The rows in insertion order as of a change count; a list tagged with an old count is not used. */
    private record Ordered(long changes, List<Row> rows) {}

    private static final Comparator<Slot> BY_POSITION = Comparator.comparingLong(Slot::position);

    private final Schema schema;
    private final ConcurrentHashMap<String, Slot> rows = new ConcurrentHashMap<>();
    /** Per indexed column: collated value to the rows holding it, each list immutable and replaced on change. */
    private final Map<String, ConcurrentHashMap<String, List<Row>>> indexes;

    private long nextPosition;
    /** Counts changes, raised after each one; a reader's list made while a change ran carries the older count. */
    private volatile long changes;

    private volatile Ordered ordered = new Ordered(0, List.of());

    StoredTable(Schema schema, List<String> indexedColumns) {
        this.schema = schema;
        Map<String, ConcurrentHashMap<String, List<Row>>> byColumn = new HashMap<>();
        for (String c : indexedColumns) {
            byColumn.put(c, new ConcurrentHashMap<>());
        }
        this.indexes = Map.copyOf(byColumn);
    }

    Schema schema() {
        return schema;
    }

    Row find(String... keyValues) {
        Slot s = rows.get(Row.keyOf(keyValues));
        return s == null ? null : s.row();
    }

    boolean contains(Row row) {
        return rows.containsKey(row.key());
    }

    List<Row> rowsWith(String column, String value) {
        return indexes.get(column).getOrDefault(Values.collate(value), List.of());
    }

    /** Every row in insertion order, as an immutable list made once per change (reads far outnumber changes). */
    List<Row> rows() {
        long now = changes;
        Ordered o = ordered;
        if (o.changes() == now) {
            return o.rows();
        }
        List<Slot> slots = new ArrayList<>(rows.values());
        slots.sort(BY_POSITION);
        List<Row> list = new ArrayList<>(slots.size());
        for (Slot s : slots) {
            list.add(s.row());
        }
        List<Row> made = Collections.unmodifiableList(list);
        ordered = new Ordered(now, made);
        return made;
    }

    int size() {
        return rows.size();
    }

    void put(Row row) {
        Slot old = rows.get(row.key());
        rows.put(row.key(), new Slot(old == null ? nextPosition++ : old.position(), row));
        for (Map.Entry<String, ConcurrentHashMap<String, List<Row>>> index : indexes.entrySet()) {
            String column = index.getKey();
            String was = old == null ? null : old.row().text(column);
            String now = row.text(column);
            if (was != null && now != null && Values.collate(was).equals(Values.collate(now))) {
                // the same key in the same bucket: replaced in place, keeping its position
                index.getValue().computeIfPresent(Values.collate(now), (k, bucket) -> replaced(bucket, row));
                continue;
            }
            if (old != null) {
                unindex(column, index.getValue(), old.row());
            }
            index(column, index.getValue(), row);
        }
        changes++;
    }

    void remove(Row row) {
        Slot old = rows.remove(row.key());
        if (old != null) {
            indexes.forEach((column, byValue) -> unindex(column, byValue, old.row()));
            changes++;
        }
    }

    private static void index(String column, ConcurrentHashMap<String, List<Row>> byValue, Row row) {
        String v = row.text(column);
        if (v != null) {
            byValue.merge(Values.collate(v), List.of(row), StoredTable::appended);
        }
    }

    private static void unindex(String column, ConcurrentHashMap<String, List<Row>> byValue, Row row) {
        String v = row.text(column);
        if (v != null) {
            // a bucket left empty is removed (computeIfPresent drops a null result)
            byValue.computeIfPresent(Values.collate(v), (k, bucket) -> without(bucket, row.key()));
        }
    }

    private static List<Row> appended(List<Row> bucket, List<Row> added) {
        List<Row> next = new ArrayList<>(bucket.size() + added.size());
        next.addAll(bucket);
        next.addAll(added);
        return List.copyOf(next);
    }

    private static List<Row> replaced(List<Row> bucket, Row row) {
        List<Row> next = new ArrayList<>(bucket);
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).key().equals(row.key())) {
                next.set(i, row);
                return List.copyOf(next);
            }
        }
        next.add(row);
        return List.copyOf(next);
    }

    private static List<Row> without(List<Row> bucket, String key) {
        List<Row> next = new ArrayList<>(bucket.size());
        for (Row r : bucket) {
            if (!r.key().equals(key)) {
                next.add(r);
            }
        }
        return next.isEmpty() ? null : List.copyOf(next);
    }
}
