package dev.vicimock.mock.state;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How the database stores and compares column values. */
public final class Values {
    /** Short values repeat across rows ("Y", "SIP", "-5.00"); sharing one instance keeps large states small. */
    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();

    private static final int SHARE_UP_TO = 12;
    private static final int SHARED_MAX = 4096;

    private Values() {}

    static Object canonical(Object v) {
        if (v instanceof String s && s.length() <= SHARE_UP_TO) {
            String known = SHARED.get(s);
            if (known != null) {
                return known;
            }
            if (SHARED.size() < SHARED_MAX) {
                SHARED.putIfAbsent(s, s);
            }
            return s;
        }
        if (v instanceof Integer i) {
            return i.longValue();
        }
        return v;
    }

    /** The comparison key MySQL's default collation uses: case-insensitive, trailing spaces ignored. */
    public static String collate(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
