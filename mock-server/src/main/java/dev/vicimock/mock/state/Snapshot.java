package dev.vicimock.mock.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete, self-consistent copy of the dialer's data: what {@code vicidial-state/1} holds, plus the
 * admin log. Snapshots are values: loading one never shares mutable parts with the live state.
 */
public record Snapshot(
        Map<String, String> systemSettings, Map<String, List<Row>> tables, List<AdminLogEntry> adminLog) {

    public Snapshot {
        // ordered copies: the state document lists settings and tables in a stable order
        systemSettings = Collections.unmodifiableMap(new LinkedHashMap<>(systemSettings));
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        adminLog = List.copyOf(adminLog);
    }

    public List<Row> rows(Schema schema) {
        return tables.getOrDefault(schema.table(), List.of());
    }
}
