package dev.vicimock.mock.release;

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
}
