package dev.vicimock.mock.function;

import dev.vicimock.mock.http.Bytes;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/** The columns a phone call writes: the values as pasted into SQL, and as the database then stores them. */
final class PhoneChanges {
    final Map<String, String> sqlValues = new LinkedHashMap<>();

    void set(String column, String bytes) {
        sqlValues.put(column, bytes);
    }

    boolean isEmpty() {
        return sqlValues.isEmpty();
    }

    Map<String, Object> stored(ApiCall call) {
        Map<String, Object> out = new LinkedHashMap<>();
        sqlValues.forEach((column, bytes) -> out.put(column, storedValue(call, column, bytes)));
        return out;
    }

    /** Numbers become numbers, enum columns take their canonical case, text is cut to the column width. */
    static Object storedValue(ApiCall call, String column, String bytes) {
        if (column.equals("phone_ring_timeout")) {
            return new BigInteger(bytes).min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue();
        }
        if (column.equals("is_webphone") || column.equals("webphone_auto_answer")
                || column.equals("use_external_server_ip") || column.equals("on_hook_agent")) {
            return bytes.toUpperCase(java.util.Locale.ROOT);
        }
        return call.release().fitPhoneColumn(column, Bytes.toText(bytes));
    }
}
