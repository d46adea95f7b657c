package dev.vicimock.mock.function;

import dev.vicimock.mock.state.Schema;
import dev.vicimock.mock.state.Tables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The upstream column types of the user and agent-rank tables the API writes, as data, and how the database
 * (non-strict SQL mode) stores a pasted text value in each: cut to a VARCHAR's width, an integer's numeric prefix
 * clamped to its range, an ENUM's member or {@code ''}. The answers still echo the value as sent.
 */
final class ColumnTypes {
    /** How one column stores a text value. */
    sealed interface Type permits Varchar, Int, Enumeration {
        /** The value as the database keeps it: a String for text columns, a Long for integers. */
        Object store(String text);
    }

    record Varchar(int width) implements Type {
        @Override
        public Object store(String text) {
            if (text.codePointCount(0, text.length()) <= width) {
                return text;
            }
            return text.substring(0, text.offsetByCodePoints(0, width));
        }
    }

    record Int(long min, long max) implements Type {
        static final Int TINYINT = new Int(-128, 127);
        static final Int TINYINT_UNSIGNED = new Int(0, 255);
        static final Int SMALLINT = new Int(-32768, 32767);

        @Override
        public Object store(String text) {
            return Math.max(min, Math.min(max, integerOf(text)));
        }
    }

    /** An ENUM: a member (case-insensitive, stored as declared), a quoted number as the 1-based index, else ''. */
    record Enumeration(List<String> members) implements Type {
        @Override
        public Object store(String text) {
            for (String m : members) {
                if (m.equalsIgnoreCase(text.stripTrailing())) {
                    return m;
                }
            }
            if (text.matches("[0-9]+")) {
                BigDecimal index = new BigDecimal(text);
                if (index.signum() > 0 && index.compareTo(BigDecimal.valueOf(members.size())) <= 0) {
                    return members.get(index.intValue() - 1);
                }
            }
            return "";
        }
    }

    private static final Pattern NUMBER = Pattern.compile("^[ \\t\\n\\r]*([+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?)");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final Type TEXT = new Varchar(65535);
    private static final Type FLAG = new Enumeration(List.of("0", "1"));
    private static final Type YES_NO = new Enumeration(List.of("Y", "N"));

    private static final Map<Schema, Map<String, Type>> TYPES = Map.of(
            Tables.USERS, Map.ofEntries(
                    Map.entry("user", new Varchar(20)),
                    Map.entry("pass", new Varchar(100)),
                    Map.entry("full_name", new Varchar(50)),
                    Map.entry("user_level", Int.TINYINT_UNSIGNED),
                    Map.entry("user_group", new Varchar(20)),
                    Map.entry("phone_login", new Varchar(20)),
                    Map.entry("phone_pass", new Varchar(100)),
                    Map.entry("hotkeys_active", FLAG),
                    Map.entry("voicemail_id", new Varchar(10)),
                    Map.entry("email", new Varchar(100)),
                    Map.entry("custom_one", new Varchar(100)),
                    Map.entry("custom_two", new Varchar(100)),
                    Map.entry("custom_three", new Varchar(100)),
                    Map.entry("custom_four", new Varchar(100)),
                    Map.entry("custom_five", new Varchar(100)),
                    Map.entry("active", YES_NO),
                    Map.entry("wrapup_seconds_override", Int.SMALLINT),
                    Map.entry("closer_campaigns", TEXT),
                    Map.entry("pass_hash", new Varchar(500)),
                    Map.entry("failed_login_count", Int.TINYINT_UNSIGNED),
                    Map.entry("force_change_password", YES_NO)),
            Tables.CAMPAIGN_AGENTS, Map.of(
                    "user", new Varchar(20),
                    "campaign_rank", Int.TINYINT,
                    "campaign_weight", Int.TINYINT,
                    "campaign_grade", Int.TINYINT_UNSIGNED),
            Tables.INBOUND_GROUP_AGENTS, Map.of(
                    "user", new Varchar(20),
                    "group_rank", Int.TINYINT,
                    "group_weight", Int.TINYINT,
                    "group_grade", Int.TINYINT_UNSIGNED),
            Tables.LIVE_AGENTS, Map.of(
                    "campaign_weight", Int.TINYINT,
                    "campaign_grade", Int.TINYINT_UNSIGNED),
            Tables.LIVE_INBOUND_AGENTS, Map.of(
                    "group_weight", Int.TINYINT,
                    "group_grade", Int.TINYINT_UNSIGNED));

    private ColumnTypes() {
    }

    /** The value the column of the table keeps when a statement sets it to this text. */
    static Object store(Schema table, String column, String text) {
        Type type = TYPES.getOrDefault(table, Map.of()).get(column);
        if (type == null) {
            throw new IllegalArgumentException("no type for " + table.table() + "." + column);
        }
        return type.store(text);
    }

    /** The integer MySQL reads from text: its numeric prefix rounded half away from zero, 0 when there is none. */
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
