package dev.vicimock.conformance.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Reads the lines of {@code SHOW GRANTS} as MariaDB and MySQL print them, to tell whether an account could change
 * the dialer's data: the suite reads a production database and must not hold rights it never needs.
 */
final class Grants {

    /** The privileges that change data or schema; {@code ALL} and {@code ALL PRIVILEGES} include them all. */
    private static final Set<String> WRITING = Set.of(
            "INSERT",
            "UPDATE",
            "DELETE",
            "DELETE HISTORY",
            "ALTER",
            "ALTER ROUTINE",
            "CREATE",
            "CREATE ROUTINE",
            "CREATE VIEW",
            "DROP",
            "INDEX",
            "TRIGGER",
            "EVENT",
            "ALL",
            "ALL PRIVILEGES");

    private static final List<String> OBJECT_KINDS =
            List.of("TABLE ", "FUNCTION ", "PROCEDURE ", "PACKAGE BODY ", "PACKAGE ");

    private Grants() {}

    /**
     * One line of SHOW GRANTS: privileges on an object, or roles granted.
     *
     * @param privileges upper case, without column lists; empty for a role grant
     * @param database   the database (a pattern for database-level grants), {@code *} for all
     * @param table      the table, {@code *} for all
     * @param roles      the roles a role grant gives, each as {@code name} or {@code name@host}
     */
    record Grant(List<String> privileges, String database, String table, List<Role> roles) {}

    /** A role, with the host part MySQL gives roles (empty on MariaDB). */
    record Role(String name, String host) {
        /** The role quoted for {@code SHOW GRANTS FOR}, from its parts, so no text of the server is run as is. */
        String quoted() {
            return quote(name) + (host.isEmpty() ? "" : "@" + quote(host));
        }

        private static String quote(String identifier) {
            return "`" + identifier.replace("`", "``") + "`";
        }

        @Override
        public String toString() {
            return host.isEmpty() ? name : name + "@" + host;
        }
    }

    /**
     * The writing rights these lines give on {@code database} or on every database, one description each
     * ({@code "INSERT, UPDATE on `asterisk`.*"}); empty when the account may only read it.
     */
    static List<String> writeRights(List<String> lines, String database) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            parse(line).ifPresent(g -> {
                List<String> writing =
                        g.privileges().stream().filter(WRITING::contains).toList();
                if (!writing.isEmpty() && covers(g, database)) {
                    found.add(String.join(", ", writing) + " on " + describe(g));
                }
            });
        }
        return found;
    }

    /** The roles these lines grant, whose own grants count too. */
    static List<Role> roles(List<String> lines) {
        List<Role> roles = new ArrayList<>();
        for (String line : lines) {
            parse(line).ifPresent(g -> roles.addAll(g.roles()));
        }
        return roles;
    }

    static Optional<Grant> parse(String line) {
        String text = line.trim();
        if (!text.regionMatches(true, 0, "GRANT ", 0, 6)) {
            return Optional.empty();
        }
        int on = keyword(text, " ON ", 6);
        int to = keyword(text, " TO ", 6);
        if (to < 0) {
            return Optional.empty();
        }
        if (on < 0 || to < on) {
            List<Role> roles = new ArrayList<>();
            for (String role : split(text.substring(6, to))) {
                int at = outsideQuotes(role, '@');
                roles.add(
                        at < 0
                                ? new Role(unquote(role), "")
                                : new Role(unquote(role.substring(0, at)), unquote(role.substring(at + 1))));
            }
            return Optional.of(new Grant(List.of(), "", "", roles));
        }
        List<String> privileges = new ArrayList<>();
        for (String privilege : split(text.substring(6, on))) {
            int columns = privilege.indexOf('(');
            String name = columns < 0 ? privilege : privilege.substring(0, columns);
            privileges.add(name.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT));
        }
        String object = text.substring(on + 4, to).trim();
        for (String kind : OBJECT_KINDS) {
            if (object.regionMatches(true, 0, kind, 0, kind.length())) {
                object = object.substring(kind.length()).trim();
                break;
            }
        }
        int dot = outsideQuotes(object, '.');
        String database = dot < 0 ? "" : unquote(object.substring(0, dot));
        String table = unquote(dot < 0 ? object : object.substring(dot + 1));
        return Optional.of(new Grant(privileges, database, table, List.of()));
    }

    /** Whether a grant reaches this database: globally, by a database pattern, or on one of its tables. */
    private static boolean covers(Grant g, String database) {
        if (g.database().equals("*") || g.database().isEmpty()) {
            // *.* is every database; a grant without a database named the one in use, which may be this one
            return true;
        }
        if (g.table().equals("*")) {
            return like(g.database(), database);
        }
        return g.database().equalsIgnoreCase(database);
    }

    private static String describe(Grant g) {
        String database = g.database().equals("*") || g.database().isEmpty() ? "*" : "`" + g.database() + "`";
        String table = g.table().equals("*") ? "*" : "`" + g.table() + "`";
        return database + "." + table;
    }

    /**
     * SQL LIKE, as a database-level grant matches database names: {@code %} any run, {@code _} one character,
     * a backslash escapes them; case-insensitive, which can only refuse more.
     */
    static boolean like(String pattern, String name) {
        return like(pattern.toLowerCase(Locale.ROOT), 0, name.toLowerCase(Locale.ROOT), 0);
    }

    private static boolean like(String p, int i, String s, int j) {
        if (i == p.length()) {
            return j == s.length();
        }
        char c = p.charAt(i);
        if (c == '%') {
            for (int k = j; k <= s.length(); k++) {
                if (like(p, i + 1, s, k)) {
                    return true;
                }
            }
            return false;
        }
        if (j == s.length()) {
            return false;
        }
        if (c == '\\' && i + 1 < p.length()) {
            return p.charAt(i + 1) == s.charAt(j) && like(p, i + 2, s, j + 1);
        }
        return (c == '_' || c == s.charAt(j)) && like(p, i + 1, s, j + 1);
    }

    /** The first place of a keyword outside quotes and parentheses, or -1. */
    private static int keyword(String text, String word, int from) {
        return find(text, from, true, i -> text.regionMatches(true, i, word, 0, word.length()));
    }

    private static int outsideQuotes(String text, char wanted) {
        return find(text, 0, false, i -> text.charAt(i) == wanted);
    }

    /** Splits at the commas outside quotes and parentheses. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int comma; (comma = find(text, start, true, i -> text.charAt(i) == ',')) >= 0; start = comma + 1) {
            parts.add(text.substring(start, comma).trim());
        }
        parts.add(text.substring(start).trim());
        return parts;
    }

    /**
     * The first place from {@code from} where {@code found} holds, outside quoted names and strings (a grant line
     * may quote a name holding a comma, dot or keyword) and, when {@code topLevel}, outside parentheses; or -1.
     */
    private static int find(String text, int from, boolean topLevel, IntPredicate found) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '`' || c == '\'' || c == '"') {
                quote = c;
            } else if (topLevel && c == '(') {
                depth++;
            } else if (topLevel && c == ')') {
                depth--;
            } else if (depth == 0 && found.test(i)) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String text) {
        String t = text.trim();
        if (t.length() >= 2
                && (t.charAt(0) == '`' || t.charAt(0) == '\'' || t.charAt(0) == '"')
                && t.charAt(t.length() - 1) == t.charAt(0)) {
            String q = String.valueOf(t.charAt(0));
            return t.substring(1, t.length() - 1).replace(q + q, q);
        }
        return t;
    }
}
