package dev.vicimock.conformance.steps;

import dev.vicimock.conformance.report.Categories;
import dev.vicimock.conformance.target.ApiExchange;
import dev.vicimock.conformance.target.ApiRequest;
import dev.vicimock.conformance.target.Credentials;
import dev.vicimock.conformance.target.Requests;
import dev.vicimock.conformance.target.Role;
import dev.vicimock.conformance.target.SimulatorAdmin;
import dev.vicimock.conformance.target.TargetConfig;
import dev.vicimock.conformance.target.TestPhone;
import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import io.cucumber.java.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * What happens around every scenario: the run starts once; before each scenario the simulator is reset and
 * scenarios that may not run on this target are skipped with their reason; after each one, whatever its
 * outcome, its phones, users and phone aliases are deleted and any user it left with failed logins logs in once more.
 */
public final class Hooks {

    /** Why a scenario tagged {@code @mock-only:<reason>} cannot run on a real server. */
    static final Map<String, String> MOCK_ONLY_REASONS = Map.ofEntries(
            Map.entry("state", "it changes users, servers or rights through the simulator's admin API"),
            Map.entry("clock", "it needs a user whose last login is more than 15 minutes ago"),
            Map.entry("short-extension", "it uses a 2-character extension that may belong to a real phone"),
            Map.entry("group-alias", "a group alias cannot be deleted through the API"),
            Map.entry("agent-rows", "the campaign and in-group agent rows it writes cannot be deleted through the API"),
            Map.entry(
                    "auto-user",
                    "AUTOGENERATE advances the server's auto-user counter and creates users outside the run prefix"),
            Map.entry("high-level", "a user above level 9 cannot be deleted through the API by any user"),
            Map.entry("short-user", "it adds a 2-character user that may belong to a real user"),
            Map.entry("mail", "the answer depends on the server's mail system"));

    private final ScenarioContext ctx;

    public Hooks(ScenarioContext ctx) {
        this.ctx = ctx;
    }

    @BeforeAll
    public static void startRun() {
        Categories.write(Path.of(System.getProperty("allure.results.directory", "allure-results")));
        Run.start();
    }

    @AfterAll
    public static void finishRun() {
        Run.started().ifPresent(Run::finish);
    }

    @Before(order = 0)
    public void beforeScenario(Scenario scenario) {
        ctx.begin(scenario.getName());
        Run run = ctx.run();
        run.disabled().ifPresent(reason -> {
            throw new TestAbortedException(reason);
        });
        boolean simulator = ctx.onSimulator();
        for (String tag : scenario.getSourceTagNames()) {
            if (tag.startsWith("@mock-only") && !simulator) {
                String key = tag.contains(":") ? tag.substring(tag.indexOf(':') + 1) : "";
                throw new TestAbortedException("skipped: simulator only, because "
                        + MOCK_ONLY_REASONS.getOrDefault(key, "the scenario says so (" + tag + ")"));
            }
            if (tag.equals("@disruptive") && !run.config().disruptive()) {
                throw new TestAbortedException("skipped: it locks an account for 15 minutes; set "
                        + TargetConfig.DISRUPTIVE + "=true to run it");
            }
        }
        run.target().simulator().ifPresent(s -> s.reset());
    }

    @After
    public void afterScenario(Scenario scenario) {
        List<String> problems = new ArrayList<>();
        boolean passedSoFar = scenario.getStatus() == Status.PASSED;
        if (passedSoFar) {
            try {
                ctx.requireLastChecked();
            } catch (AssertionError unchecked) {
                problems.add(unchecked.getMessage());
            }
        }
        if (ctx.run().target() != null) {
            Optional<SimulatorAdmin> simulator = ctx.run().target().simulator();
            if (simulator.isPresent()) {
                // the reset removes the scenario's phones, even when it changed the users the delete would need
                simulator.get().reset();
                ctx.run().fixtures().forgetAll();
            } else {
                logInAgain(problems);
                deletePhones(problems);
                deleteUsersAndAliases(problems);
                ctx.foreignCreations()
                        .forEach(f -> problems.add("the scenario created " + f
                                + ", which is not under the run prefix: the suite does not delete it"));
            }
        }
        String status = !problems.isEmpty() && passedSoFar
                ? "FAILED"
                : scenario.getStatus().name();
        ctx.run().coverage().scenarioFinished(status);
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    /** A user left with failed logins logs in successfully, which puts its counter back to 0. */
    private void logInAgain(List<String> problems) {
        for (Role role : ctx.rolesWithFailedLogins()) {
            if (ctx.run().lockedBy(role).isPresent()) {
                continue; // a locked account cannot log in; the lockout scenario's documentation says so
            }
            Credentials who = ctx.run().config().credentials(role);
            // no extension: refused after the login, so nothing is written
            ApiExchange ex = ctx.sendSetup(ApiRequest.get(Requests.call(who, "update_phone", List.of())));
            if (ex.body().startsWith("ERROR: Login incorrect") || ex.body().startsWith("ERROR: Too many")) {
                problems.add("could not log " + role.phrase() + " in again to reset its failed login count: "
                        + ctx.redact(ex.body()));
            }
        }
    }

    /** Deletes the users and phone aliases registered by the scenario's requests, as the user_admin. */
    private void deleteUsersAndAliases(List<String> problems) {
        Run run = ctx.run();
        if (run.fixtures().outstandingUsers().isEmpty()
                && run.fixtures().outstandingAliases().isEmpty()) {
            return;
        }
        Credentials userAdmin;
        try {
            userAdmin = run.config().credentials(Role.USER_ADMIN);
        } catch (TestAbortedException noUserAdmin) {
            problems.add("cannot delete users " + run.fixtures().outstandingUsers() + " and phone aliases "
                    + run.fixtures().outstandingAliases() + ": " + noUserAdmin.getMessage());
            return;
        }
        for (String user : run.fixtures().outstandingUsers()) {
            run.fixtures()
                    .deleteUser(run.client(), userAdmin, user)
                    .ifPresent(p -> problems.add("could not delete test " + p));
        }
        for (String alias : run.fixtures().outstandingAliases()) {
            run.fixtures()
                    .deleteAlias(run.client(), userAdmin, alias)
                    .ifPresent(p -> problems.add("could not delete test " + p));
        }
    }

    private void deletePhones(List<String> problems) {
        Run run = ctx.run();
        Credentials admin;
        try {
            admin = Actor.admin().credentials(ctx);
        } catch (TestAbortedException noAdmin) {
            return; // without an admin the scenario created nothing
        }
        List<String> keys = new ArrayList<>(run.fixtures().outstanding());
        for (TestPhone phone : ctx.phones()) {
            if (!keys.contains(phone.key())) {
                continue;
            }
            run.fixtures()
                    .delete(run.client(), admin, phone.extension(), phone.serverIp())
                    .ifPresent(p -> problems.add("could not delete test phone " + p));
        }
        // phones added by a request the scenario did not expect to add anything
        for (String key : run.fixtures().outstanding()) {
            int at = key.lastIndexOf('@');
            run.fixtures()
                    .delete(run.client(), admin, key.substring(0, at), key.substring(at + 1))
                    .ifPresent(p -> problems.add("could not delete test phone " + p));
        }
    }
}
