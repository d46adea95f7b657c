package dev.vicimock.mock.state;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a column of the real schema makes of a value a statement writes into it, the way the dialer's database runs
 * (non-strict SQL mode): text is cut to the column's width, a number is clamped to the integer type's range, and a
 * value an ENUM does not list becomes the empty error value. The API echoes what it was sent; the row keeps this.
 */
public sealed interface ColumnType {
    /** The value the column stores when a statement writes this text into it. */
    Object store(String text);

    static ColumnType varchar(int width) {
        return new Varchar(width);
    }

    static ColumnType integer(long min, long max) {
        return new IntegerRange(min, max);
    }

    static ColumnType enumeration(String... members) {
        return new Enumeration(List.of(members));
    }

    /** The value stored in {@code column} under these types; a column without a type keeps the text as it is. */
    static Object store(Map<String, ColumnType> types, String column, String text) {
        ColumnType type = types.get(column);
        return type == null || text == null ? text : type.store(text);
    }

    /** VARCHAR(width): the first {@code width} characters. */
    record Varchar(int width) implements ColumnType {
        @Override
        public Object store(String text) {
            if (text.codePointCount(0, text.length()) <= width) {
                return text;
            }
            return text.substring(0, text.offsetByCodePoints(0, width));
        }
    }

    /**
     * An integer type: the integer MySQL reads from the text (its numeric prefix, decimals rounded half away from
     * zero, none is 0) clamped to the type's range, as TINYINT UNSIGNED stores 300 as 255.
     */
    record IntegerRange(long min, long max) implements ColumnType {
        private static final Pattern NUMBER =
                Pattern.compile("^[ \\t\\n\\r]*([+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?)");
        private static final BigDecimal HALF = new BigDecimal("0.5");

        @Override
        public Object store(String text) {
            return Math.max(min, Math.min(max, integerOf(text)));
        }

        static long integerOf(String text) {
            Matcher m = NUMBER.matcher(text);
            if (!m.find()) {
                return 0;
            }
            String n = m.group(1);
            BigDecimal v = new BigDecimal(n.startsWith("+") ? n.substring(1) : n);
            // compared before rounding: a huge exponent would make rounding itself expensive
            if (v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                return Long.MAX_VALUE;
            }
            if (v.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
                return Long.MIN_VALUE;
            }
            if (v.abs().compareTo(BigDecimal.ONE) < 0) {
                return v.abs().compareTo(HALF) >= 0 ? v.signum() : 0;
            }
            return v.setScale(0, RoundingMode.HALF_UP).longValue();
        }
    }

    /**
     * ENUM(members): a member matched case-insensitively; failing that a number is the member's position (1 the
     * first); anything else stores the empty error value.
     */
    record Enumeration(List<String> members) implements ColumnType {
        public Enumeration {
            members = List.copyOf(members);
        }

        @Override
        public Object store(String text) {
            String wanted = Values.collate(text);
            for (String m : members) {
                if (Values.collate(m).equals(wanted)) {
                    return m;
                }
            }
            if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                BigInteger position = new BigInteger(text);
                if (position.signum() > 0 && position.compareTo(BigInteger.valueOf(members.size())) <= 0) {
                    return members.get(position.intValueExact() - 1);
                }
            }
            return "";
        }
    }
}
