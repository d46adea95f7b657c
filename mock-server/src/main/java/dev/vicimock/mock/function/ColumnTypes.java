package dev.vicimock.mock.function;

import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.state.Schema;
import dev.vicimock.mock.state.Tables;
import java.util.List;
import java.util.Map;

/**
 * How the database stores a value pasted into a text column of the alias tables, from the upstream schema: cut to
 * the column's width, and an ENUM column keeps only one of its members ({@code ''} otherwise, as non-strict SQL
 * does). The alias tables are the same on every modelled release.
 */
final class ColumnTypes {
    private static final Map<Schema, Map<String, Integer>> WIDTHS = Map.of(
            Tables.PHONES_ALIAS, Map.of(
                    "alias_id", 20,
                    "alias_name", 50,
                    "logins_list", 255,
                    "user_group", 20),
            Tables.GROUPS_ALIAS, Map.of(
                    "group_alias_id", 30,
                    "group_alias_name", 50,
                    "caller_id_number", 20,
                    "caller_id_name", 20,
                    "user_group", 20));
    private static final Map<Schema, Map<String, List<String>>> ENUMS = Map.of(
            Tables.GROUPS_ALIAS, Map.of("active", List.of("Y", "N")));

    private ColumnTypes() {
    }

    /** The byte string as that column stores it. */
    static String stored(Schema table, String column, String bytes) {
        String text = Bytes.toText(bytes);
        List<String> members = ENUMS.getOrDefault(table, Map.of()).get(column);
        if (members != null) {
            return members.stream().filter(m -> m.equalsIgnoreCase(text)).findFirst().orElse("");
        }
        Integer width = WIDTHS.getOrDefault(table, Map.of()).get(column);
        if (width == null || text.codePointCount(0, text.length()) <= width) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, width));
    }
}
