package dev.vicimock.conformance.db;

import dev.vicimock.conformance.db.TableReader.Table;
import dev.vicimock.conformance.target.StateKeys;
import dev.vicimock.conformance.target.StoredState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a real server's database holds for the keys of one request. Read either all at once when made (the state
 * before a request, kept as it was) or row by row as the steps ask (the state after it). Keys compare as MySQL's
 * default collation compares them: without case and trailing spaces.
 */
final class DatabaseState implements StoredState {

    private final TableReader reader;
    private final StateKeys keys;
    private final boolean kept;
    private final Map<String, Optional<Map<String, Object>>> phones = new HashMap<>();
    private final Map<Table, Map<String, Optional<Map<String, Object>>>> rows = new EnumMap<>(Table.class);
    private Map<String, Object> settings;
    private Long mark;

    private DatabaseState(TableReader reader, StateKeys keys, boolean kept) {
        this.reader = reader;
        this.keys = keys;
        this.kept = kept;
    }

    /** Reads every row the keys name, the system settings and the admin log's mark now. */
    static DatabaseState readNow(TableReader reader, StateKeys keys) {
        DatabaseState s = new DatabaseState(reader, keys, true);
        s.mark = reader.adminLogMark();
        s.loadAll();
        return s;
    }

    /** Reads nothing yet: each question reads the rows it needs, once. */
    static DatabaseState asked(TableReader reader, StateKeys keys) {
        return new DatabaseState(reader, keys, false);
    }

    private void loadAll() {
        loadPhones(keys.phones());
        load(Table.SERVERS, keys.servers());
        load(Table.USERS, keys.users());
        load(Table.PHONE_ALIASES, keys.aliases());
        settings = reader.systemSettings();
    }

    @Override
    public Optional<Map<String, Object>> phone(String extension, String serverIp) {
        String key = phoneKey(extension, serverIp);
        if (!phones.containsKey(key)) {
            requireAsked("phone " + extension + "@" + serverIp);
            loadPhones(List.of(new StateKeys.Phone(extension, serverIp)));
        }
        return phones.get(key);
    }

    @Override
    public List<Map<String, Object>> phonesWithLogin(String login) {
        requireAsked("the phones with login " + login);
        return reader.phonesWithLogin(login);
    }

    @Override
    public Optional<Map<String, Object>> server(String serverIp) {
        return row(Table.SERVERS, serverIp);
    }

    @Override
    public Optional<Map<String, Object>> user(String user) {
        return row(Table.USERS, user);
    }

    @Override
    public Optional<Map<String, Object>> userGroup(String userGroup) {
        return row(Table.USER_GROUPS, userGroup);
    }

    @Override
    public Optional<Map<String, Object>> phoneAlias(String aliasId) {
        return row(Table.PHONE_ALIASES, aliasId);
    }

    @Override
    public long adminLogMark() {
        if (mark == null) {
            mark = reader.adminLogMark();
        }
        return mark;
    }

    @Override
    public List<Map<String, Object>> adminLogSince(long since) {
        requireAsked("the admin log");
        return reader.adminLogSince(since, keys.logUsers());
    }

    /** The rows the keys name, per table, in key order; the users without the columns every login writes. */
    @Override
    public Map<String, Object> watched() {
        if (!kept) {
            loadAll();
        }
        Map<String, Object> watched = new LinkedHashMap<>();
        watched.put(
                "table phones",
                present(keys.phones().stream()
                        .map(p -> phones.get(phoneKey(p.extension(), p.serverIp())))
                        .toList()));
        watched.put("table servers", present(Table.SERVERS, keys.servers()));
        List<Map<String, Object>> users = new ArrayList<>();
        for (Map<String, Object> user : present(Table.USERS, keys.users())) {
            Map<String, Object> copy = new LinkedHashMap<>(user);
            copy.remove("last_login_date");
            copy.remove("failed_login_count");
            users.add(copy);
        }
        watched.put("table users beyond the login columns", users);
        watched.put("table phones_alias", present(Table.PHONE_ALIASES, keys.aliases()));
        watched.put("system_settings", settings);
        return watched;
    }

    @Override
    public String watchedDescription() {
        return "rows read by key in " + reader.describe() + ", not whole tables: phones "
                + keys.phones().stream()
                        .map(p -> p.extension() + "@" + p.serverIp())
                        .sorted()
                        .collect(Collectors.joining(", "))
                + "; servers " + sorted(keys.servers()) + "; users " + sorted(keys.users()) + "; phone aliases "
                + (keys.aliases().isEmpty() ? "(none)" : sorted(keys.aliases()))
                + "; the system settings; and the admin log entries of " + sorted(keys.logUsers())
                + (mark == null ? "" : " above admin_log_id " + mark);
    }

    @Override
    public String where() {
        return "the database";
    }

    private Optional<Map<String, Object>> row(Table table, String key) {
        Map<String, Optional<Map<String, Object>>> known = rows.computeIfAbsent(table, t -> new HashMap<>());
        if (!known.containsKey(normal(key))) {
            requireAsked(table.upstream + " row " + key);
            load(table, List.of(key));
        }
        return known.get(normal(key));
    }

    private void load(Table table, Collection<String> names) {
        Map<String, Optional<Map<String, Object>>> known = rows.computeIfAbsent(table, t -> new HashMap<>());
        List<Map<String, Object>> found = reader.rows(table, names);
        for (String name : names) {
            known.put(
                    normal(name),
                    found.stream()
                            .filter(r ->
                                    normal(String.valueOf(r.get(table.key))).equals(normal(name)))
                            .findFirst());
        }
    }

    private void loadPhones(List<StateKeys.Phone> keys) {
        List<Map<String, Object>> found = reader.rows(
                Table.PHONES,
                keys.stream().map(StateKeys.Phone::extension).distinct().toList());
        for (StateKeys.Phone p : keys) {
            String key = phoneKey(p.extension(), p.serverIp());
            phones.put(
                    key,
                    found.stream()
                            .filter(r -> phoneKey(
                                            String.valueOf(r.get("extension")), String.valueOf(r.get("server_ip")))
                                    .equals(key))
                            .findFirst());
        }
    }

    private List<Map<String, Object>> present(Table table, Collection<String> names) {
        Map<String, Optional<Map<String, Object>>> known = rows.getOrDefault(table, Map.of());
        return present(names.stream().sorted().map(n -> known.get(normal(n))).toList());
    }

    private static List<Map<String, Object>> present(List<Optional<Map<String, Object>>> rows) {
        return rows.stream().filter(Objects::nonNull).flatMap(Optional::stream).toList();
    }

    private void requireAsked(String what) {
        if (kept) {
            throw new IllegalStateException("the state before the request was read by key and does not hold " + what);
        }
    }

    private static String phoneKey(String extension, String serverIp) {
        return normal(extension) + "@" + normal(serverIp);
    }

    private static String normal(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll(" +$", "");
    }

    private static String sorted(Collection<String> names) {
        return names.isEmpty() ? "(none)" : names.stream().sorted().collect(Collectors.joining(", "));
    }
}
