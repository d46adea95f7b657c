package dev.vicimock.mock.function;

/**
 * The text of the statements the real code builds by pasting values between quotes, as the debug output and
 * the admin log show them, and whether a value breaks such a statement.
 */
final class Sql {
    private Sql() {}

    static String quoted(String column, String value) {
        return column + "='" + value + "'";
    }

    /** True when pasting the value between single quotes makes invalid SQL (nothing escapes it). */
    static boolean breaks(String value) {
        return value.indexOf('\'') >= 0 || value.indexOf('\\') >= 0;
    }

    /** True when pasting the value between double quotes makes invalid SQL. */
    static boolean breaksDoubleQuoted(String value) {
        return value.indexOf('"') >= 0 || value.indexOf('\\') >= 0;
    }

    /** How the admin log stores a statement: semicolons removed, a pipe appended. */
    static String forLog(String statement) {
        StringBuilder b = new StringBuilder(statement.length() + 1);
        for (int i = 0; i < statement.length(); i++) {
            char c = statement.charAt(i);
            if (c != ';') {
                b.append(c);
            }
        }
        return b.append('|').toString();
    }

    /** PHP's addslashes: a backslash before quotes, backslashes and NUL. */
    static String addslashes(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == 0) {
                b.append("\\0");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
