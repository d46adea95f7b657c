package dev.vicimock.mock.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One row of {@code vicidial_admin_log}: who changed what through the API, and the statement it ran. */
public record AdminLogEntry(
        String eventDate,
        String user,
        String ipAddress,
        String eventSection,
        String eventType,
        String recordId,
        String eventCode,
        String eventSql,
        String eventNotes) {

    /** The column names, as the state document spells them. */
    public static final List<String> COLUMNS = List.of(
            "event_date",
            "user",
            "ip_address",
            "event_section",
            "event_type",
            "record_id",
            "event_code",
            "event_sql",
            "event_notes");

    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_date", eventDate);
        m.put("user", user);
        m.put("ip_address", ipAddress);
        m.put("event_section", eventSection);
        m.put("event_type", eventType);
        m.put("record_id", recordId);
        m.put("event_code", eventCode);
        m.put("event_sql", eventSql);
        m.put("event_notes", eventNotes);
        return m;
    }

    /**
     * This entry, with each value that equals the same column of {@code previous} taken from it: consecutive
     * entries mostly repeat the date, user, address, record and notes, and the log keeps up to 100,000 of them.
     */
    AdminLogEntry sharingWith(AdminLogEntry previous) {
        if (previous == null) {
            return this;
        }
        return new AdminLogEntry(
                same(eventDate, previous.eventDate),
                same(user, previous.user),
                same(ipAddress, previous.ipAddress),
                same(eventSection, previous.eventSection),
                same(eventType, previous.eventType),
                same(recordId, previous.recordId),
                same(eventCode, previous.eventCode),
                same(eventSql, previous.eventSql),
                same(eventNotes, previous.eventNotes));
    }

    private static String same(String mine, String theirs) {
        return mine != null && mine.equals(theirs) ? theirs : mine;
    }

    static AdminLogEntry fromMap(Map<String, String> m) {
        return new AdminLogEntry(
                m.get("event_date"),
                m.get("user"),
                m.get("ip_address"),
                m.get("event_section"),
                m.get("event_type"),
                m.get("record_id"),
                m.get("event_code"),
                m.get("event_sql"),
                m.get("event_notes"));
    }
}
