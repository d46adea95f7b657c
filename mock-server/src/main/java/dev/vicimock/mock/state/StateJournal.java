package dev.vicimock.mock.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes made since a state file was last written in full, one JSON line per write: the rows that changed,
 * the keys of the rows that went, the settings and the new admin log entries. Its first line names the full file it
 * continues (by SHA-256), so a journal left over from before a later full write is recognised and ignored. A last
 * line without its line break was cut off by a crash before it was acknowledged, and is ignored too.
 */
final class StateJournal {
    static final String FORMAT = "vicidial-state-journal/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rows and log entries already in the file and journal, to tell what a new snapshot adds. */
    record Written(
            Map<String, Map<String, Row>> tables,
            Map<String, String> settings,
            AdminLogEntry lastLogEntry,
            int logSize) {
        static Written of(Snapshot s) {
            Map<String, Map<String, Row>> tables = new HashMap<>();
            for (Schema schema : Tables.ALL) {
                Map<String, Row> rows = new HashMap<>();
                s.rows(schema).forEach(r -> rows.put(r.key(), r));
                tables.put(schema.table(), rows);
            }
            List<AdminLogEntry> log = s.adminLog();
            return new Written(tables, s.systemSettings(), log.isEmpty() ? null : log.get(log.size() - 1), log.size());
        }
    }

    private StateJournal() {}

    /** The first line of a journal that continues the full file with these bytes. */
    static byte[] header(byte[] fullFile) {
        ObjectNode h = JSON.createObjectNode().put("journal", FORMAT).put("base", sha256(fullFile));
        return (h.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The line recording what {@code now} adds to what was written, or null when that is not a short story (the
     * admin log was replaced or cut, as by a reset): then the state should be written in full instead.
     */
    static byte[] line(Written before, Snapshot now) {
        List<AdminLogEntry> log = now.adminLog();
        int firstNew = 0;
        if (before.lastLogEntry() != null) {
            firstNew = -1;
            // entries are immutable and shared with the live log: the last one written is found by identity
            for (int i = log.size() - 1; i >= 0; i--) {
                if (log.get(i) == before.lastLogEntry()) {
                    firstNew = i + 1;
                    break;
                }
            }
            if (firstNew < 0) {
                return null;
            }
        } else if (before.logSize() > 0) {
            return null;
        }
        Map<String, List<Row>> upserts = new LinkedHashMap<>();
        ObjectNode deleted = JSON.createObjectNode();
        for (Schema schema : Tables.ALL) {
            Map<String, Row> was = before.tables().get(schema.table());
            List<Row> changed = new ArrayList<>();
            Map<String, Boolean> present = new HashMap<>();
            for (Row r : now.rows(schema)) {
                present.put(r.key(), Boolean.TRUE);
                if (was.get(r.key()) != r) {
                    changed.add(r);
                }
            }
            upserts.put(schema.table(), changed);
            ArrayNode gone = JSON.createArrayNode();
            was.forEach((key, row) -> {
                if (!present.containsKey(key)) {
                    ObjectNode k = gone.addObject();
                    schema.key().forEach(c -> k.put(c, row.text(c)));
                }
            });
            if (!gone.isEmpty()) {
                deleted.set(schema.table(), gone);
            }
        }
        Snapshot changes = new Snapshot(now.systemSettings(), upserts, log.subList(firstNew, log.size()));
        ObjectNode line = JSON.createObjectNode();
        line.set("upsert", StateJson.toTree(changes));
        line.set("delete", deleted);
        return (line.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The full file's state with the journal's lines applied, or the full file's state alone when the journal
     * continues another file. {@code logLimit} is the live state's admin log limit, applied as it applies it.
     *
     * @throws StateFileException when a complete line is not a valid change
     */
    static Snapshot replay(Snapshot base, byte[] fullFile, byte[] journal, int logLimit, String where) {
        List<String> lines = completeLines(journal);
        if (lines.isEmpty() || !continues(lines.get(0), fullFile)) {
            return base;
        }
        Map<String, LinkedHashMap<String, Row>> tables = new LinkedHashMap<>();
        for (Schema schema : Tables.ALL) {
            LinkedHashMap<String, Row> rows = new LinkedHashMap<>();
            base.rows(schema).forEach(r -> rows.put(r.key(), r));
            tables.put(schema.table(), rows);
        }
        ArrayDeque<AdminLogEntry> log = new ArrayDeque<>(base.adminLog());
        Map<String, String> settings = base.systemSettings();
        for (int i = 1; i < lines.size(); i++) {
            try {
                JsonNode line = JSON.readTree(lines.get(i));
                Snapshot up = StateJson.read(line.get("upsert").toString().getBytes(StandardCharsets.UTF_8));
                settings = up.systemSettings();
                for (Schema schema : Tables.ALL) {
                    LinkedHashMap<String, Row> rows = tables.get(schema.table());
                    up.rows(schema).forEach(r -> rows.put(r.key(), r));
                    for (JsonNode key : line.path("delete").path(schema.table())) {
                        Row k = Row.defaults(schema);
                        for (String c : schema.key()) {
                            k = k.with(c, key.path(c).asText());
                        }
                        rows.remove(k.key());
                    }
                }
                log.addAll(up.adminLog());
                while (log.size() > logLimit) {
                    log.removeFirst();
                }
            } catch (JsonProcessingException | RuntimeException e) {
                throw new StateFileException(
                        "state journal " + where + " line " + (i + 1) + " is not a valid change: " + e.getMessage()
                                + "; fix or remove it (it was left untouched)",
                        e);
            }
        }
        Map<String, List<Row>> out = new LinkedHashMap<>();
        tables.forEach((name, rows) -> out.put(name, new ArrayList<>(rows.values())));
        return new Snapshot(settings, out, new ArrayList<>(log));
    }

    private static boolean continues(String header, byte[] fullFile) {
        try {
            JsonNode h = JSON.readTree(header);
            return FORMAT.equals(h.path("journal").asText())
                    && sha256(fullFile).equals(h.path("base").asText());
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** The lines that end with a line break; a cut-off last line was never acknowledged. */
    private static List<String> completeLines(byte[] journal) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < journal.length; i++) {
            if (journal[i] == '\n') {
                lines.add(new String(journal, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return lines;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
