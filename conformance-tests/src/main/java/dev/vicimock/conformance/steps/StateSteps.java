package dev.vicimock.conformance.steps;

import dev.vicimock.conformance.report.Redactor;
import dev.vicimock.conformance.target.ApiExchange;
import dev.vicimock.conformance.target.ApiRequest;
import dev.vicimock.conformance.target.Credentials;
import dev.vicimock.conformance.target.Fixtures;
import dev.vicimock.conformance.target.Param;
import dev.vicimock.conformance.target.Requests;
import dev.vicimock.conformance.target.SimulatorAdmin;
import dev.vicimock.conformance.target.SimulatorAdmin.State;
import dev.vicimock.conformance.target.StoredState;
import dev.vicimock.conformance.target.TestPhone;
import dev.vicimock.mock.release.ReleaseRange;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.qameta.allure.Allure;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Steps about what a request left behind. They read the stored state before and after the request: the
 * simulator's, or a real server's tables through a read-only database connection ({@code vicidial.db.url}). On a
 * real server without one, whose phones the Non-Agent API cannot read, existence is checked through the API itself
 * and stored values cannot be checked, which the step records in the report instead of passing silently.
 */
public final class StateSteps {

    /** API field names whose column in {@code phones} has another name. */
    private static final Map<String, String> COLUMNS = Map.of(
            "phone_full_name", "fullname",
            "registration_password", "conf_secret",
            "phone_pass", "pass",
            "phone_login", "login",
            "admin_user_group", "user_group");

    private static final List<String> NUMERIC_COLUMNS =
            List.of("user_level", "failed_login_count", "phone_ring_timeout");

    private static final Map<String, String> LOG_CODES = Map.of(
            "MODIFY", "ADMIN API UPDATE PHONE",
            "DELETE", "ADMIN API DELETE PHONE");

    private final ScenarioContext ctx;

    public StateSteps(ScenarioContext ctx) {
        this.ctx = ctx;
    }

    // ---- stored values

    @Then("{phone} now has {word} {string}")
    public void nowHas(String alias, String field, String value) {
        nowHasAll(alias, List.of(List.of(field, value)));
    }

    @Then("{releases} {phone} now has {word} {string}")
    public void inReleasesNowHas(ReleaseRange releases, String alias, String field, String value) {
        if (ctx.releaseIn(releases)) {
            nowHas(alias, field, value);
        }
    }

    @Then("{phone} now has:")
    public void nowHasTable(String alias, DataTable fields) {
        nowHasAll(alias, fields.asLists());
    }

    @Then("{releases} {phone} now has:")
    public void inReleasesNowHasTable(ReleaseRange releases, String alias, DataTable fields) {
        if (ctx.releaseIn(releases)) {
            nowHasTable(alias, fields);
        }
    }

    private void nowHasAll(String alias, List<List<String>> fields) {
        if (!storedCheck("stored values")) {
            return;
        }
        TestPhone phone = ctx.phone(alias);
        StoredState after = ctx.stateAfter();
        Map<String, Object> row = after.phone(phone.extension(), phone.serverIp())
                .orElseThrow(() -> new AssertionError("no phone " + phone.key() + " in " + after.where()));
        ctx.expectStored(row, fields, COLUMNS);
    }

    // ---- nothing changed

    @Then("{phone} is unchanged")
    public void isUnchanged(String alias) {
        if (!storedCheck("an unchanged phone")) {
            return;
        }
        TestPhone phone = ctx.phone(alias);
        Optional<Map<String, Object>> before = ctx.stateBefore().phone(phone.extension(), phone.serverIp());
        Optional<Map<String, Object>> after = ctx.stateAfter().phone(phone.extension(), phone.serverIp());
        if (!before.equals(after)) {
            throw new AssertionError(ctx.redact("phone " + phone.key() + " changed: " + diff(before, after)));
        }
    }

    @Then("{releases} {phone} is unchanged")
    public void inReleasesIsUnchanged(ReleaseRange releases, String alias) {
        if (ctx.releaseIn(releases)) {
            isUnchanged(alias);
        }
    }

    /**
     * No stored value changed and no admin log entry was written: on the simulator its whole state; on a real
     * server the rows the suite can name (its phones, users and aliases, the request's, the servers configured,
     * the role users) and the admin log entries of its users, which the report says.
     */
    @Then("nothing was written")
    public void nothingWasWritten() {
        if (!storedCheck("that nothing was written")) {
            return;
        }
        StoredState before = ctx.stateBefore();
        StoredState after = ctx.stateAfter();
        Map<String, Object> was = before.watched();
        Map<String, Object> is = after.watched();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Object> part : was.entrySet()) {
            Object now = is.get(part.getKey());
            boolean same = part.getKey().equals("table servers")
                    ? sameServers(part.getValue(), now)
                    : Objects.equals(part.getValue(), now);
            if (!same) {
                problems.add(part.getKey() + " changed");
            }
        }
        int added = after.adminLogSince(before.adminLogMark()).size();
        if (added > 0) {
            problems.add(added + " admin log entries added");
        }
        if (!ctx.onSimulator()) {
            Allure.addAttachment("rows compared", "text/plain", before.watchedDescription(), ".txt");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("; ", problems));
        }
    }

    @Then("{releases} nothing was written")
    public void inReleasesNothingWasWritten(ReleaseRange releases) {
        if (ctx.releaseIn(releases)) {
            nothingWasWritten();
        }
    }

    // ---- side effects of a write

    @Then("the change is logged as {string} and the server is told to rebuild its configuration")
    public void loggedAndRebuild(String type) {
        if (!storedCheck("the admin log and the rebuild flag")) {
            return;
        }
        ApiExchange ex = ctx.lastExchange();
        String extension = ex.request().param("extension").orElse("");
        String serverIp = ex.request().param("server_ip").orElse("");
        List<Map<String, Object>> added = addedLogEntries(ctx.stateBefore(), ctx.stateAfter());
        if (added.size() != 1) {
            throw new AssertionError("expected 1 new admin log entry, found " + added.size() + ": " + added);
        }
        Map<String, Object> entry = added.get(0);
        List<String> problems = new ArrayList<>();
        expect(problems, entry, "event_section", "PHONES");
        expect(problems, entry, "event_type", type);
        if (LOG_CODES.containsKey(type)) {
            expect(problems, entry, "event_code", LOG_CODES.get(type));
        }
        if (!extension.equalsIgnoreCase(String.valueOf(entry.get("record_id")))) {
            problems.add("record_id: expected " + extension + ", got " + entry.get("record_id"));
        }
        Object flag = ctx.stateAfter()
                .server(serverIp)
                .map(s -> s.get("rebuild_conf_files"))
                .orElse("(no such server)");
        if (!"Y".equals(flag)) {
            problems.add("rebuild_conf_files of " + serverIp + ": expected Y, got " + flag);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("; ", problems));
        }
    }

    @Then("{releases} the change is logged as {string} and the server is told to rebuild its configuration")
    public void inReleasesLoggedAndRebuild(ReleaseRange releases, String type) {
        if (ctx.releaseIn(releases)) {
            loggedAndRebuild(type);
        }
    }

    /** One new admin log entry since the last request, e.g. {@code USERS ADD "ADMIN API ADD USER" for "{agent}"}. */
    @Then("the admin log gained the entry {word} {word} {string} for {string}")
    public void adminLogGainedEntry(String section, String type, String code, String record) {
        if (!storedCheck("the admin log")) {
            return;
        }
        String recordId = Placeholders.expand(record, ctx, Optional.empty());
        List<Map<String, Object>> added = addedLogEntries(ctx.stateBefore(), ctx.stateAfter());
        if (added.size() != 1) {
            throw new AssertionError("expected 1 new admin log entry, found " + added.size() + ": " + added);
        }
        Map<String, Object> entry = added.get(0);
        List<String> problems = new ArrayList<>();
        expect(problems, entry, "event_section", section);
        expect(problems, entry, "event_type", type);
        expect(problems, entry, "event_code", code);
        if (!recordId.equalsIgnoreCase(String.valueOf(entry.get("record_id")))) {
            problems.add("record_id: expected " + recordId + ", got " + entry.get("record_id"));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("; ", problems));
        }
    }

    @Then("{releases} the admin log gained the entry {word} {word} {string} for {string}")
    public void inReleasesAdminLogGainedEntry(
            ReleaseRange releases, String section, String type, String code, String record) {
        if (ctx.releaseIn(releases)) {
            adminLogGainedEntry(section, type, code, record);
        }
    }

    @Then("the admin log gained {int} {string} entries for {phone}")
    public void adminLogGained(int count, String type, String alias) {
        if (!storedCheck("the admin log")) {
            return;
        }
        TestPhone phone = ctx.phone(alias);
        long found = ctx.stateAfter().adminLogSince(ctx.adminLogMarkAtFirstRequest()).stream()
                .filter(e -> type.equals(e.get("event_type"))
                        && phone.extension().equalsIgnoreCase(String.valueOf(e.get("record_id"))))
                .count();
        if (found != count) {
            throw new AssertionError("expected " + count + " " + type + " entries for " + phone.key()
                    + " since the scenario's first request, found " + found);
        }
    }

    // ---- existence, checked through the API on a real server

    @Then("{phone} no longer exists")
    public void noLongerExists(String alias) {
        TestPhone phone = ctx.phone(alias);
        if (ctx.canReadStoredState()) {
            ctx.run().coverage().stateCheck(true);
            StoredState after = ctx.stateAfter();
            if (after.phone(phone.extension(), phone.serverIp()).isPresent()) {
                throw new AssertionError("phone " + phone.key() + " is still in " + after.where());
            }
            return;
        }
        // an update of a missing phone writes nothing, so it is a safe question
        Credentials admin = Actor.admin().credentials(ctx);
        ApiExchange ex = ctx.sendSetup(ApiRequest.get(Requests.call(
                admin,
                "update_phone",
                List.of(new Param("extension", phone.extension()), new Param("server_ip", phone.serverIp())))));
        String expected = "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |" + admin.user() + "|"
                + phone.serverIp() + "|" + phone.extension() + "\n";
        ctx.run().coverage().stateCheck(true);
        if (!expected.equals(ex.body())) {
            throw new AssertionError(
                    "phone " + phone.key() + " should be gone; update_phone answered " + ctx.redact(ex.body()));
        }
    }

    @Then("{phone} still exists")
    public void stillExists(String alias) {
        TestPhone phone = ctx.phone(alias);
        if (ctx.canReadStoredState()) {
            ctx.run().coverage().stateCheck(true);
            StoredState after = ctx.stateAfter();
            if (after.phone(phone.extension(), phone.serverIp()).isEmpty()) {
                throw new AssertionError("phone " + phone.key() + " is not in " + after.where());
            }
            return;
        }
        // add_phone reports an existing phone before it validates the time zone, so "99" keeps it from adding
        Credentials admin = Actor.admin().credentials(ctx);
        List<Param> params = new ArrayList<>();
        for (Param p : Fixtures.addPhoneParams(phone)) {
            params.add(p.name().equals("local_gmt") ? new Param("local_gmt", "99") : p);
        }
        ApiExchange ex = ctx.sendSetup(ApiRequest.get(Requests.call(admin, "add_phone", params)));
        String expected = "ERROR: add_phone PHONE ALREADY EXISTS ON THIS SERVER: |" + admin.user() + "|"
                + phone.serverIp() + "|" + phone.extension() + "\n";
        ctx.run().coverage().stateCheck(true);
        if (!expected.equals(ex.body())) {
            throw new AssertionError(
                    "phone " + phone.key() + " should exist; add_phone answered " + ctx.redact(ex.body()));
        }
    }

    @Then("{releases} {phone} still exists")
    public void inReleasesStillExists(ReleaseRange releases, String alias) {
        if (ctx.releaseIn(releases)) {
            stillExists(alias);
        }
    }

    // ---- users

    @Then("the failed login count of {actor} is {int}")
    public void failedLoginCount(Actor actor, int count) {
        if (!storedCheck("a user's failed login count")) {
            return;
        }
        String user = actor.credentials(ctx).user();
        StoredState after = ctx.stateAfter();
        Object actual = after.user(user)
                .map(u -> u.get("failed_login_count"))
                .orElseThrow(() -> new AssertionError("no user " + user + " in " + after.where()));
        if (!String.valueOf(count).equals(String.valueOf(actual))) {
            throw new AssertionError("failed_login_count of " + user + ": expected " + count + ", got " + actual);
        }
    }

    // ---- simulator set-up

    /** Sets one value of the simulator's system_settings, such as use_non_latin. */
    @Given("the simulator's system setting {word} is {string}")
    @SuppressWarnings("unchecked")
    public void simulatorSystemSetting(String name, String value) {
        SimulatorAdmin simulator = ctx.simulator();
        State state = simulator.state();
        Map<String, Object> settings = (Map<String, Object>) state.json().get("system_settings");
        if (settings == null || !settings.containsKey(name)) {
            throw new IllegalArgumentException("no system setting " + name + " in the simulator's state");
        }
        settings.put(name, value);
        simulator.replaceState(state);
        Allure.addAttachment("simulator system setting", "text/plain", name + " = " + value, ".txt");
    }

    /** Adds or replaces one row of the simulator's state, keyed as the state format keys it. */
    @Given("the simulator holds this {word} row:")
    public void simulatorHoldsRow(String table, DataTable columns) {
        SimulatorAdmin simulator = ctx.simulator();
        Map<String, Object> row = new LinkedHashMap<>();
        for (List<String> c : columns.asLists()) {
            String value = Placeholders.expand(c.get(1) == null ? "" : c.get(1), ctx, Optional.empty());
            row.put(c.get(0), NUMERIC_COLUMNS.contains(c.get(0)) ? (Object) Integer.valueOf(value) : value);
        }
        State state = simulator.state();
        List<Map<String, Object>> rows = state.table(table);
        List<String> key = switch (table) {
            case "phones" -> List.of("extension", "server_ip");
            case "servers" -> List.of("server_ip");
            case "users" -> List.of("user");
            case "user_groups" -> List.of("user_group");
            case "conf_templates" -> List.of("template_id");
            default -> throw new IllegalArgumentException("no table " + table + " in the simulator's state");
        };
        Optional<Map<String, Object>> existing = rows.stream()
                .filter(r -> key.stream().allMatch(k -> Objects.equals(String.valueOf(r.get(k)), row.get(k))))
                .findFirst();
        if (existing.isPresent()) {
            existing.get().putAll(row);
        } else {
            rows.add(row);
        }
        simulator.replaceState(state);
        Map<String, Object> shown = new LinkedHashMap<>(row);
        shown.computeIfPresent("pass", (k, v) -> Redactor.MASK);
        Allure.addAttachment("simulator " + table + " row", "text/plain", shown.toString(), ".txt");
    }

    /**
     * Puts a user at a given point of the lockout clock, measured by the simulator's own clock (the DATE of
     * its version line), so the step does not depend on the time zone the simulator runs in.
     */
    @Given("the simulator says {actor} has failed {int} logins, the last login {int} minutes ago")
    public void simulatorLockoutClock(Actor actor, int failures, int minutes) {
        SimulatorAdmin simulator = ctx.simulator();
        ApiExchange version = ctx.sendSetup(ApiRequest.get(List.of(new Param("function", "version"))));
        String date = version.mainAnswer()
                .map(a -> a.values().get("DATE"))
                .orElseThrow(() -> new AssertionError("no DATE in " + version.body()));
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        String lastLogin =
                LocalDateTime.parse(date, format).minusMinutes(minutes).format(format);
        String user = actor.credentials(ctx).user();
        State state = simulator.state();
        Map<String, Object> row = state.row("users", "user", user)
                .orElseThrow(() -> new AssertionError("no user " + user + " in the simulator"));
        row.put("failed_login_count", failures);
        row.put("last_login_date", lastLogin);
        simulator.replaceState(state);
    }

    // ---- helpers

    private boolean storedCheck(String what) {
        return ctx.storedCheck(what);
    }

    private static List<Map<String, Object>> addedLogEntries(StoredState before, StoredState after) {
        return after.adminLogSince(before.adminLogMark());
    }

    /**
     * The servers rows are the same, apart from rebuild flags the dialer has cleared meanwhile: a real dialer
     * clears {@code rebuild_conf_files} within a minute of a set-up's write, and no API call ever clears it.
     */
    @SuppressWarnings("unchecked")
    private static boolean sameServers(Object before, Object after) {
        if (!(before instanceof List<?> was) || !(after instanceof List<?> is) || was.size() != is.size()) {
            return Objects.equals(before, after);
        }
        for (int i = 0; i < was.size(); i++) {
            Map<String, Object> b = new HashMap<>((Map<String, Object>) was.get(i));
            Map<String, Object> a = (Map<String, Object>) is.get(i);
            if ("Y".equals(b.get("rebuild_conf_files")) && "N".equals(a.get("rebuild_conf_files"))) {
                b.put("rebuild_conf_files", "N");
            }
            if (!b.equals(a)) {
                return false;
            }
        }
        return true;
    }

    private static void expect(List<String> problems, Map<String, Object> entry, String column, String value) {
        if (!value.equals(entry.get(column))) {
            problems.add(column + ": expected " + value + ", got " + entry.get(column));
        }
    }

    private static String diff(Optional<Map<String, Object>> before, Optional<Map<String, Object>> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return before.isEmpty() ? "it appeared" : "it disappeared";
        }
        Map<String, String> changes = new HashMap<>();
        for (String column : after.get().keySet()) {
            if (!Objects.equals(before.get().get(column), after.get().get(column))) {
                changes.put(
                        column,
                        Redactor.value(column, before.get().get(column)) + " -> "
                                + Redactor.value(column, after.get().get(column)));
            }
        }
        return changes.toString();
    }
}
