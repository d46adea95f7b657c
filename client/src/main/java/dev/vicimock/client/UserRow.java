package dev.vicimock.client;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One row of {@code user_details}: {@code user D full_name D user_group D user_level D active}, with {@code D} a
 * bar, a comma ({@code stage=csv}) or a tab ({@code stage=tab}). The server does not escape values, so a full
 * name may hold the delimiter; the row is read from both ends and the full name is what lies between.
 *
 * @param user      the user as the request named it (not the stored id's case)
 * @param fullName  the stored full name
 * @param userGroup the user's group
 * @param userLevel the level, 1 to 9
 * @param active    {@code Y} or {@code N}
 */
public record UserRow(String user, String fullName, String userGroup, String userLevel, String active) {

    /** The header line {@code header=YES} adds, joined with the delimiter. */
    static String header(char delimiter) {
        return String.join(String.valueOf(delimiter), "user", "full_name", "user_group", "user_level", "active");
    }

    /** Reads a row with a known delimiter; empty when the line is not a row. */
    public static Optional<UserRow> parse(String line, char delimiter) {
        List<String> parts = Arrays.asList(line.split(Pattern.quote(String.valueOf(delimiter)), -1));
        int n = parts.size();
        if (n < 5 || !parts.get(n - 2).matches("\\d+")) {
            return Optional.empty();
        }
        String name = String.join(String.valueOf(delimiter), parts.subList(1, n - 3));
        return Optional.of(new UserRow(parts.get(0), name, parts.get(n - 3), parts.get(n - 2), parts.get(n - 1)));
    }

    /** The delimiter a row uses: tab, bar or comma, the first that reads the line as a row. */
    public static Optional<Character> delimiterOf(String line) {
        for (char d : new char[] {'\t', '|', ','}) {
            if (parse(line, d).isPresent()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The row as the server prints it. */
    public String format(char delimiter) {
        return String.join(String.valueOf(delimiter), user, fullName, userGroup, userLevel, active);
    }
}
