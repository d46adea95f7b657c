package dev.vicimock.mock.release;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the PHP version under a release does where the code itself is sloppy: an array where a string was
 * expected, and an SQL statement that the database rejects.
 */
public enum PhpRuntime {
    /** PHP 7.4: an array reads as the string {@code Array}; a failed query is ignored and the code carries on. */
    PHP_7(false),
    /** PHP 8: string functions throw on arrays and mysqli throws on SQL errors; the page dies with HTTP 500. */
    PHP_8(true);

    /** PHP's numeric-string syntax, without the whitespace around it (PHP 7 allows it before, PHP 8 on both sides). */
    public static final Pattern NUMERIC_STRING = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private static final Pattern LEADING_WHITESPACE = Pattern.compile("^[ \\t\\n\\r\\x0B\\f]+");

    private final boolean crashes;

    PhpRuntime(boolean crashes) {
        this.crashes = crashes;
    }

    /**
     * PHP 7's value of a string compared with a number: its leading numeric part after whitespace, 0 when it has
     * none ({@code 45abc} is 45, {@code --BLANK--} is 0).
     */
    public static double leadingNumber(String text) {
        Matcher m = NUMERIC_STRING.matcher(LEADING_WHITESPACE.matcher(text).replaceFirst(""));
        return m.lookingAt() ? Double.parseDouble(m.group()) : 0;
    }

    /** True when a type error or SQL error ends the request with an empty HTTP 500. */
    public boolean crashesOnSloppyInput() {
        return crashes;
    }

    /**
     * PHP's loose comparison of a string with an integer literal ({@code $value > 9}), as -1, 0 or 1: PHP 7 reads
     * the string's numeric prefix (none is 0); PHP 8 compares numerically only when the whole string is numeric
     * and otherwise compares the integer's digits with the string as text ({@code "--" < -9} on PHP 8 alone).
     */
    public int compare(String value, long number) {
        BigDecimal n = numeric(value);
        if (n == null) {
            if (crashes) {
                return Integer.signum(value.compareTo(Long.toString(number)));
            }
            n = numericPrefix(value);
        }
        return n.compareTo(BigDecimal.valueOf(number));
    }

    /**
     * PHP's loose comparison of two strings ({@code $a == $b}, {@code $a > $b}), as -1, 0 or 1: numerically when
     * both are numeric strings, else byte by byte.
     */
    public int compare(String a, String b) {
        BigDecimal x = numeric(a);
        BigDecimal y = numeric(b);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        return Integer.signum(a.compareTo(b));
    }

    /** The value of a numeric string under this runtime's rules (PHP 8 also allows trailing whitespace), or null. */
    private BigDecimal numeric(String s) {
        String t = s.replaceFirst("^[ \\t\\n\\r\\x0B\\f]+", "");
        if (crashes) {
            t = t.replaceFirst("[ \\t\\n\\r\\x0B\\f]+$", "");
        }
        return NUMERIC_STRING.matcher(t).matches() ? new BigDecimal(t.startsWith("+") ? t.substring(1) : t) : null;
    }

    /** PHP 7's reading of a non-numeric string as a number: its leading numeric part, or 0. */
    private static BigDecimal numericPrefix(String s) {
        Matcher m = NUMERIC_STRING.matcher(s.replaceFirst("^[ \\t\\n\\r\\x0B\\f]+", ""));
        return m.lookingAt()
                ? new BigDecimal(m.group().startsWith("+") ? m.group().substring(1) : m.group())
                : BigDecimal.ZERO;
    }
}
