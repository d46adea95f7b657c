package dev.vicimock.mock.function;

import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.release.PhpRuntime;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The columns a phone call writes: the values as pasted into SQL, and as the database then stores them. */
final class PhoneChanges {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
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
            if (!DIGITS.matcher(bytes).matches()) {
                // an unfiltered value that passed the 2..180 check: the INT column takes its leading number
                return Math.round(PhpRuntime.leadingNumber(bytes));
            }
            return new BigInteger(bytes)
                    .min(BigInteger.valueOf(Integer.MAX_VALUE))
                    .longValue();
        }
        if (column.equals("is_webphone")
                || column.equals("webphone_auto_answer")
                || column.equals("use_external_server_ip")
                || column.equals("on_hook_agent")) {
            return bytes.toUpperCase(Locale.ROOT);
        }
        return call.release().fitPhoneColumn(column, Bytes.toText(bytes));
    }
}
