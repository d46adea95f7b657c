package dev.vicimock.mock.state;

import java.util.List;
import java.util.Map;

/**
 * A complete, self-consistent copy of the dialer's data: what {@code vicidial-state/1} holds, plus the
 * admin log. Snapshots are values: loading one never shares mutable parts with the live state.
 */
public record Snapshot(Map<String, String> systemSettings, Map<String, List<Row>> tables,
                       List<AdminLogEntry> adminLog) {

    public Snapshot {
        // ordered copies: the state document lists settings and tables in a stable order
        systemSettings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(systemSettings));
        tables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tables));
        adminLog = List.copyOf(adminLog);
    }

    public List<Row> rows(Schema schema) {
        return tables.getOrDefault(schema.table(), List.of());
    }
}
