package dev.vicimock.mock.state;

import java.util.LinkedHashMap;
import java.util.Map;

/** One row of {@code vicidial_admin_log}: who changed what through the API, and the statement it ran. */
public record AdminLogEntry(String eventDate, String user, String ipAddress, String eventSection,
                            String eventType, String recordId, String eventCode, String eventSql,
                            String eventNotes) {

    /** The column names, as the state document spells them. */
    public static final java.util.List<String> COLUMNS = java.util.List.of("event_date", "user", "ip_address",
            "event_section", "event_type", "record_id", "event_code", "event_sql", "event_notes");

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

    static AdminLogEntry fromMap(Map<String, String> m) {
        return new AdminLogEntry(m.get("event_date"), m.get("user"), m.get("ip_address"), m.get("event_section"),
                m.get("event_type"), m.get("record_id"), m.get("event_code"), m.get("event_sql"),
                m.get("event_notes"));
    }
}
