package dev.vicimock.mock.release;

import java.util.HashMap;
import java.util.Map;

/** Column widths of the upstream {@code phones} table that the API writes, shared by the releases. */
final class PhonesSchemaWidths {
    private PhonesSchemaWidths() {}

    static Map<String, Integer> upstream() {
        Map<String, Integer> m = new HashMap<>();
        m.put("extension", 100);
        m.put("dialplan_number", 20);
        m.put("voicemail_id", 10);
        m.put("login", 15);
        m.put("pass", 100);
        m.put("conf_secret", 100);
        m.put("fullname", 50);
        m.put("local_gmt", 6);
        m.put("outbound_cid", 20);
        m.put("outbound_alt_cid", 20);
        m.put("phone_context", 20);
        m.put("email", 100);
        m.put("user_group", 20);
        m.put("template_id", 15);
        return m;
    }

    static Map<String, Integer> with(String column, int width) {
        Map<String, Integer> m = upstream();
        m.put(column, width);
        return m;
    }
}
