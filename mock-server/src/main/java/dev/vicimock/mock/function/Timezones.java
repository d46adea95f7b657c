package dev.vicimock.mock.function;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The 33 {@code local_gmt} values the API accepts, compared the way PHP's loose {@code !=} does: two numeric
 * strings compare as numbers ({@code -5} equals {@code -5.00}), anything else as text.
 */
final class Timezones {
    private static final List<String> VALID = List.of(
            "12.75", "12.00", "11.00", "10.00", "9.50", "9.00", "8.00", "7.00", "6.50", "6.00", "5.75", "5.50", "5.00",
            "4.50", "4.00", "3.50", "3.00", "2.00", "1.00", "0.00", "-1.00", "-2.00", "-3.00", "-3.50", "-4.00",
            "-5.00", "-6.00", "-7.00", "-8.00", "-9.00", "-10.00", "-11.00", "-12.00");
    private static final List<BigDecimal> VALID_NUMBERS =
            VALID.stream().map(BigDecimal::new).toList();
    /** PHP's numeric-string syntax, as far as the local_gmt filter lets characters through. */
    private static final Pattern NUMERIC = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Timezones() {}

    static boolean isValid(String value) {
        if (!NUMERIC.matcher(value).matches()) {
            return VALID.contains(value);
        }
        BigDecimal n = new BigDecimal(value.endsWith(".") ? value + "0" : value);
        for (BigDecimal v : VALID_NUMBERS) {
            if (v.compareTo(n) == 0) {
                return true;
            }
        }
        return false;
    }
}
