package dev.vicimock.conformance.steps;

import dev.vicimock.conformance.answer.GrammarLine;
import dev.vicimock.conformance.report.Redactor;
import dev.vicimock.conformance.report.RunFileRecorder;
import dev.vicimock.conformance.report.UncheckedSteps;
import dev.vicimock.conformance.target.ApiExchange;
import dev.vicimock.conformance.target.ApiRequest;
import dev.vicimock.conformance.target.Fixtures;
import dev.vicimock.conformance.target.Role;
import dev.vicimock.conformance.target.SimulatorAdmin;
import dev.vicimock.conformance.target.StateKeys;
import dev.vicimock.conformance.target.StateSource;
import dev.vicimock.conformance.target.StoredState;
import dev.vicimock.conformance.target.TargetConfig;
import dev.vicimock.conformance.target.TestPhone;
import dev.vicimock.mock.release.ReleaseClasses;
import dev.vicimock.mock.release.ReleaseRange;
import io.qameta.allure.Allure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opentest4j.TestAbortedException;

/**
 * What one scenario has done so far: the phones it created, the requests it sent and the answers it got, and,
 * where the target's stored state can be read (the simulator, or a real server's database), that state before and
 * after its last request. Cucumber creates one per scenario and hands the same one to every step class.
 */
public final class ScenarioContext {

    /** The attachment that says, on a real server, that a step's stored values were read from its database. */
    public static final String STORED_STATE_CHECKED = "stored state checked";

    private final Run run = Run.current();
    private final Map<String, TestPhone> phones = new LinkedHashMap<>();
    private final List<ApiExchange> batch = new ArrayList<>();
    private final Set<Role> failedLogins = new LinkedHashSet<>();
    private final List<String> foreign = new ArrayList<>();
    /** The users the scenario's requests logged in as: their admin log entries are the ones that count. */
    private final Set<String> usersSent = new LinkedHashSet<>();

    private String name = "";
    private ApiExchange last;
    private boolean lastChecked = true;
    private int requestCount;
    private StoredState before;
    private StoredState after;
    private StateKeys beforeKeys;
    private Long markAtFirstRequest;

    void begin(String scenarioName) {
        this.name = scenarioName;
    }

    public Run run() {
        return run;
    }

    /**
     * True when the release expected from the target is in this range. A range the known release classes cannot
     * express is a mistake in the feature file and fails the step.
     */
    public boolean releaseIn(ReleaseRange range) {
        return ReleaseClasses.known().select(range).contains(run().release().profile());
    }

    public String name() {
        return name;
    }

    public boolean onSimulator() {
        return run.target().simulator().isPresent();
    }

    /** The simulator's admin API; a scenario step that needs it on a real server is skipped. */
    public SimulatorAdmin simulator() {
        return run.target()
                .simulator()
                .orElseThrow(
                        () -> new org.opentest4j.TestAbortedException(
                                "skipped: this step reads or changes the simulator's state, which a real server does not expose"));
    }

    public String serverIp() {
        return run.config().require(TargetConfig.SERVER_IP, "the scenario uses the target's server");
    }

    public String secondServerIp() {
        return run.config().require(TargetConfig.SECOND_SERVER_IP, "the scenario needs a second server");
    }

    // ---- phones

    void addPhone(TestPhone phone) {
        phones.put(phone.alias(), phone);
    }

    /** The phone a scenario names; one it has not created yet gets the name it would have. */
    public TestPhone phone(String alias) {
        TestPhone p = phones.get(alias);
        return p != null ? p : run.fixtures().phone(alias, serverIp());
    }

    public boolean hasPhone(String alias) {
        return phones.containsKey(alias);
    }

    Iterable<TestPhone> phones() {
        return List.copyOf(phones.values());
    }

    // ---- requests

    /**
     * Sends a request the scenario makes and checks. The previous answer must have been checked first: every
     * answer a scenario provokes is asserted, so none can pass unnoticed.
     */
    public ApiExchange send(ApiRequest request, Optional<Role> as) {
        requireLastChecked();
        batch.clear();
        return sendUnchecked(request, as);
    }

    /**
     * Sends one request of a series ("fails to log in 10 times"), whose answers are checked together by
     * {@link #batchToCheck()}.
     */
    ApiExchange sendInBatch(ApiRequest request, Optional<Role> as, boolean first) {
        if (first) {
            requireLastChecked();
            batch.clear();
        }
        return sendUnchecked(request, as);
    }

    private ApiExchange sendUnchecked(ApiRequest request, Optional<Role> as) {
        request.param("user").ifPresent(usersSent::add);
        Optional<StateSource> stored = run.storedState();
        if (stored.isPresent()) {
            beforeKeys = keys(request);
            before = stored.get().snapshot(beforeKeys);
            if (markAtFirstRequest == null) {
                markAtFirstRequest = before.adminLogMark();
            }
        }
        after = null;
        ApiExchange exchange = transmit(request, "request");
        last = exchange;
        lastChecked = false;
        batch.add(exchange);
        run.coverage().record(exchange, name);
        as.ifPresent(role -> noteLogin(role, exchange));
        return exchange;
    }

    /** Sends a set-up or clean-up request: reported, but not counted as the scenario's own. */
    public ApiExchange sendSetup(ApiRequest request) {
        return transmit(request, "set-up request");
    }

    private ApiExchange transmit(ApiRequest request, String label) {
        registerUsersAndAliases(request);
        requestCount++;
        Allure.addAttachment(
                label + " " + requestCount,
                "text/plain",
                Redactor.request(run.client().apiUrl(), request),
                ".txt");
        ApiExchange exchange = run.client().send(request);
        RunFileRecorder.record(
                run.client().apiUrl(),
                run.release().version(),
                run.release().build(),
                run.fixtures().prefix(),
                exchange);
        Allure.addAttachment("response " + requestCount, "text/plain", Redactor.response(exchange), ".txt");
        exchange.mainAnswer()
                .ifPresent(a -> Allure.addAttachment(
                        "parsed " + requestCount,
                        "text/plain",
                        Redactor.text(a.describe()) + "\ngrammar line: "
                                + exchange.grammarLine().map(Enum::name).orElse("(none)"),
                        ".txt"));
        registerAddedPhone(exchange);
        registerCreated(exchange);
        return exchange;
    }

    /**
     * Every user an add_user or copy_user request may create, and every alias an add_phone_alias may create, is
     * registered before the request is sent, so that it is deleted afterwards even if the answer is lost. Only
     * names under the run prefix are registered: anything else may be somebody else's.
     */
    private void registerUsersAndAliases(ApiRequest request) {
        String function = request.param("function").orElse("");
        switch (function) {
            case "add_user", "copy_user" ->
                request.param("agent_user")
                        .ifPresent(u -> ours(storedNames(u, 20)).forEach(run.fixtures()::createdUser));
            case "add_phone_alias" ->
                request.param("alias_id")
                        .ifPresent(a -> ours(storedNames(a, 20)).forEach(run.fixtures()::createdAlias));
            default -> {
                // no other function creates a user or a phone alias
            }
        }
    }

    private List<String> ours(List<String> names) {
        return names.stream().filter(run.fixtures()::isOurs).toList();
    }

    /** What a success says was created, which may differ from the request (AUTOGENERATE, filtered names). */
    private void registerCreated(ApiExchange exchange) {
        Optional<GrammarLine> line = exchange.grammarLine();
        Optional<String> name = exchange.mainAnswer().flatMap(a -> a.field(1));
        if (line.isEmpty() || name.isEmpty()) {
            return;
        }
        boolean user = line.get() == GrammarLine.USER_ADDED || line.get() == GrammarLine.USER_COPIED;
        boolean alias = line.get() == GrammarLine.PHONE_ALIAS_ADDED;
        for (String stored : user || alias ? storedNames(name.get(), 20) : List.<String>of()) {
            if (!run.fixtures().isOurs(stored)) {
                foreign.add((user ? "user " : "phone alias ") + stored);
            } else if (user) {
                run.fixtures().createdUser(stored);
            } else {
                run.fixtures().createdAlias(stored);
            }
        }
    }

    /**
     * The names the database may hold for a name sent: as sent, and with the characters 2.14-168 and later remove,
     * each cut to the column's width, if long enough to be accepted.
     */
    private List<String> storedNames(String sent, int width) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : List.of(sent, sent.replaceAll("[^-_0-9a-zA-Z]", ""))) {
            String cut = name.length() > width ? name.substring(0, width) : name;
            if (cut.length() >= 2) {
                names.add(cut);
            }
        }
        return List.copyOf(names);
    }

    // a phone added by any request is the suite's to delete, even one a scenario did not expect to be added
    private void registerAddedPhone(ApiExchange exchange) {
        ApiRequest r = exchange.request();
        if ("add_phone".equals(r.param("function").orElse(""))
                && exchange.grammarLine()
                        .filter(l -> l == GrammarLine.PHONE_ADDED)
                        .isPresent()) {
            exchange.mainAnswer().ifPresent(a -> {
                if (a.fields().size() >= 3) {
                    run.fixtures().created(a.fields().get(1), a.fields().get(2));
                }
            });
        }
    }

    private void noteLogin(Role role, ApiExchange exchange) {
        Optional<GrammarLine> line = exchange.grammarLine();
        if (line.filter(l -> l == GrammarLine.LOGIN_INCORRECT).isPresent()) {
            failedLogins.add(role);
        } else if (line.filter(l -> l == GrammarLine.TOO_MANY_LOGIN_ATTEMPTS).isPresent() && !onSimulator()) {
            run.markLocked(role, name); // the simulator is reset before the next scenario
        } else if (!exchange.body().isEmpty()) {
            failedLogins.remove(role);
        }
    }

    /** Users and aliases the scenario's requests created under names that are not the run's, which it cannot delete. */
    List<String> foreignCreations() {
        return List.copyOf(foreign);
    }

    Set<Role> rolesWithFailedLogins() {
        return Set.copyOf(failedLogins);
    }

    /** The last answer, to be checked; marks it checked. */
    public ApiExchange answerToCheck() {
        if (last == null) {
            throw new IllegalStateException("the scenario has not sent a request yet");
        }
        lastChecked = true;
        return last;
    }

    /** The last answer, for a check that does not count as checking it (effects, release-specific steps). */
    public ApiExchange lastExchange() {
        if (last == null) {
            throw new IllegalStateException("the scenario has not sent a request yet");
        }
        return last;
    }

    List<ApiExchange> batchToCheck() {
        lastChecked = true;
        return List.copyOf(batch);
    }

    void requireLastChecked() {
        if (last != null && !lastChecked) {
            throw new AssertionError("the answer to the previous request was not checked for release "
                    + run.release().profile() + ": "
                    + Redactor.text(last.body()).replace("\n", "\\n")
                    + " — add a 'Then the answer is' step for it, or one for a range of releases that holds "
                    + run.release().profile() + " ('Then from 2.14-128 on the answer is', 'Then before 2.14-168 ...')");
        }
    }

    /** The value of the last request's parameter (the last one, as the API reads it). */
    public Optional<String> lastParam(String name) {
        return last == null ? Optional.empty() : last.request().param(name);
    }

    // ---- stored state around the last request

    /** The stored state just before the last request (whole on the simulator, by key on a real server). */
    public StoredState stateBefore() {
        if (before == null) {
            throw new IllegalStateException("no state was read before the last request");
        }
        return before;
    }

    /** The stored state since the last request, read as the step asks. */
    public StoredState stateAfter() {
        if (after == null) {
            after = storedSource().current(beforeKeys != null ? beforeKeys : keys(null));
        }
        return after;
    }

    /** The stored state now, for a step that runs before the scenario's first request. */
    public StoredState stateNow() {
        return storedSource().current(keys(null));
    }

    /**
     * The stored state now, for a scenario that needs to know something about the target before it may run
     * ({@code what}); on a real server without {@code vicidial.db.url} the scenario is skipped, saying so.
     */
    public StoredState stateNowFor(String what) {
        if (!canReadStoredState()) {
            throw new TestAbortedException("skipped: it needs " + what + ", which a real server's Non-Agent API does"
                    + " not tell; set " + TargetConfig.DB_URL + " (a read-only database account) to read it there");
        }
        return stateNow();
    }

    /** Whether the target's stored state can be read: on the simulator, or with {@code vicidial.db.url}. */
    public boolean canReadStoredState() {
        return run.storedState().isPresent();
    }

    private StateSource storedSource() {
        return run.storedState()
                .orElseThrow(() -> new IllegalStateException("the target's stored state cannot be read"));
    }

    /** The admin log's mark before the scenario's first request (after its Given steps). */
    public long adminLogMarkAtFirstRequest() {
        if (markAtFirstRequest == null) {
            throw new IllegalStateException("the scenario has not sent a request yet");
        }
        return markAtFirstRequest;
    }

    /**
     * The rows a request may touch that the suite can name: every phone name of the run on the configured
     * servers, the request's own phone, server, user and alias, the role users, the scenario's users and aliases;
     * and, for the admin log, the users the suite logs in as.
     */
    private StateKeys keys(ApiRequest request) {
        TargetConfig config = run.config();
        Fixtures fixtures = run.fixtures();
        List<String> servers = new ArrayList<>();
        config.get(TargetConfig.SERVER_IP).ifPresent(servers::add);
        config.get(TargetConfig.SECOND_SERVER_IP).ifPresent(servers::add);
        List<StateKeys.Phone> phoneKeys = new ArrayList<>();
        for (String server : servers) {
            for (String letter : Fixtures.ALIASES) {
                phoneKeys.add(new StateKeys.Phone(fixtures.extension(letter), server));
            }
        }
        phones.values().forEach(p -> phoneKeys.add(new StateKeys.Phone(p.extension(), p.serverIp())));
        Set<String> roleUsers = new LinkedHashSet<>();
        for (Role role : Role.values()) {
            config.get(role.userSetting()).ifPresent(roleUsers::add);
        }
        Set<String> users = new LinkedHashSet<>(roleUsers);
        users.addAll(usersSent);
        users.addAll(fixtures.outstandingUsers());
        Set<String> aliases = new LinkedHashSet<>(fixtures.outstandingAliases());
        Set<String> serverKeys = new LinkedHashSet<>(servers);
        if (request != null) {
            Optional<String> extension = request.param("extension").filter(e -> !e.isEmpty());
            Optional<String> server = request.param("server_ip").filter(e -> !e.isEmpty());
            if (extension.isPresent() && server.isPresent()) {
                phoneKeys.add(new StateKeys.Phone(extension.get(), server.get()));
            }
            server.ifPresent(serverKeys::add);
            request.param("agent_user").filter(u -> !u.isEmpty()).ifPresent(users::add);
            request.param("alias_id").filter(a -> !a.isEmpty()).ifPresent(aliases::add);
        }
        Set<String> logUsers = new LinkedHashSet<>(roleUsers);
        logUsers.addAll(usersSent);
        return new StateKeys(phoneKeys, serverKeys, users, aliases, logUsers);
    }

    /**
     * Records a check of stored state; false when the target's stored state cannot be read, after marking the step
     * skipped in the report with the reason, so that an unchecked step never shows as passed.
     */
    boolean storedCheck(String what) {
        Optional<StateSource> source = run.storedState();
        run.coverage().stateCheck(source.isPresent());
        if (source.isEmpty()) {
            UncheckedSteps.markCurrentStep("a real server does not let the Non-Agent API read " + what + "; set "
                    + TargetConfig.DB_URL + " (a read-only database account) to check it in the server's tables");
        } else if (!onSimulator()) {
            Allure.addAttachment(
                    STORED_STATE_CHECKED,
                    "text/plain",
                    what + ", read from " + source.get().describe(),
                    ".txt");
        }
        return source.isPresent();
    }

    /**
     * Compares a stored row with the values a step expects ({@code field | value} rows, placeholders expanded),
     * naming each field by its column through {@code columns}. A column a real server's database account may not
     * read (a column grant leaving out a password column) is not checked, and the step says so; on the simulator
     * a missing column is a mistake in the feature.
     */
    void expectStored(Map<String, Object> row, List<List<String>> fields, Map<String, String> columns) {
        List<String> problems = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (List<String> f : fields) {
            String column = columns.getOrDefault(f.get(0), f.get(0));
            if (!row.containsKey(column) && !onSimulator()) {
                unreadable.add(column);
                continue;
            }
            String expected = Placeholders.expand(f.get(1) == null ? "" : f.get(1), this, Optional.empty());
            String actual = row.containsKey(column) ? String.valueOf(row.get(column)) : "(no column)";
            if (!expected.equals(actual)) {
                problems.add(f.get(0) + (column.equals(f.get(0)) ? "" : " (" + column + ")") + ": expected «"
                        + Redactor.value(column, expected) + "», stored «" + Redactor.value(column, actual) + "»");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(redact(String.join("; ", problems)));
        }
        if (!unreadable.isEmpty()) {
            UncheckedSteps.markCurrentStep("the database has no column " + String.join(", ", unreadable)
                    + " its account may read (a column grant, or an older schema); grant SELECT on it to check it");
        }
    }

    /** Masks the passwords of the last request in a message. */
    public String redact(String text) {
        return last == null ? text : Redactor.text(text);
    }
}
