package dev.vicimock.conformance.steps;

import dev.vicimock.conformance.answer.GrammarLine;
import dev.vicimock.conformance.report.Redactor;
import dev.vicimock.conformance.target.ApiExchange;
import dev.vicimock.conformance.target.ApiRequest;
import dev.vicimock.conformance.target.Credentials;
import dev.vicimock.conformance.target.Param;
import dev.vicimock.conformance.target.Requests;
import dev.vicimock.conformance.target.StoredState;
import dev.vicimock.mock.release.ReleaseRange;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * Steps about the scenario's test users: creating them with add_user as the user_admin, under the run prefix and
 * registered for deletion, and what is stored about a user afterwards. A real server's users table cannot be read
 * through the API, so stored values are checked there only with a database connection ({@code vicidial.db.url});
 * without one, existence is asked through the API.
 */
public final class UserSteps {

    /** API field names whose users column has another name. */
    private static final Map<String, String> COLUMNS = Map.of(
            "agent_pass", "pass",
            "agent_full_name", "full_name",
            "agent_user_level", "user_level",
            "agent_user_group", "user_group");

    private final ScenarioContext ctx;

    public UserSteps(ScenarioContext ctx) {
        this.ctx = ctx;
    }

    @Given("a test user")
    public void aTestUser() {
        create("", List.of());
    }

    @Given("a test user {string}")
    public void aNamedTestUser(String letter) {
        create(letter, List.of());
    }

    /** A test user with other add_user fields, e.g. a level the scenario needs. */
    @Given("a test user with:")
    public void aTestUserWith(DataTable fields) {
        create("", fields.asLists());
    }

    /** Another test user with other add_user fields. */
    @Given("a test user {string} with:")
    public void aNamedTestUserWith(String letter, DataTable fields) {
        create(letter, fields.asLists());
    }

    private void create(String letter, List<List<String>> overrides) {
        Credentials admin = Actor.userAdmin().credentials(ctx);
        List<Param> fields = new ArrayList<>(List.of(
                new Param("agent_user", ctx.run().fixtures().user(letter)),
                new Param("agent_pass", ctx.run().fixtures().agentPass()),
                new Param("agent_user_level", "1"),
                new Param("agent_full_name", "Conformance agent" + (letter.isEmpty() ? "" : " " + letter)),
                new Param("agent_user_group", Placeholders.expand("{agent_user_group}", ctx, Optional.empty()))));
        for (List<String> row : overrides) {
            fields.removeIf(p -> p.name().equals(row.get(0)));
            fields.add(new Param(row.get(0), Placeholders.expand(row.get(1), ctx, Optional.empty())));
        }
        // the request registers the user for deletion before it is sent
        ApiExchange ex = ctx.sendSetup(ApiRequest.get(Requests.call(admin, "add_user", fields)));
        String expected = "SUCCESS: add_user USER HAS BEEN ADDED - " + admin.user() + "|" + value(fields, "agent_user")
                + "|" + value(fields, "agent_pass") + "|" + value(fields, "agent_user_level") + "|"
                + value(fields, "agent_full_name") + "|" + value(fields, "agent_user_group") + "\n";
        if (!expected.equals(ex.body())) {
            throw new AssertionError("could not create test user " + value(fields, "agent_user") + ": HTTP "
                    + ex.status() + " " + Redactor.text(ex.body()).replace("\n", "\\n"));
        }
    }

    /** Prepares a user with update_user as the user_admin; anything but SUCCESS stops the scenario. */
    @Given("the user_admin has updated user {string} with:")
    public void hasUpdated(String name, DataTable table) {
        Credentials admin = Actor.userAdmin().credentials(ctx);
        String user = Placeholders.expand(name, ctx, Optional.empty());
        List<Param> fields = new ArrayList<>(List.of(new Param("agent_user", user)));
        for (List<String> row : table.asLists()) {
            fields.add(new Param(row.get(0), Placeholders.expand(row.get(1), ctx, Optional.empty())));
        }
        ApiExchange ex = ctx.sendSetup(ApiRequest.get(Requests.call(admin, "update_user", fields)));
        if (!ex.body().equals("SUCCESS: update_user USER HAS BEEN UPDATED - " + admin.user() + "|" + user + "|\n")) {
            throw new AssertionError("could not prepare user " + user + ": HTTP " + ex.status() + " "
                    + Redactor.text(ex.body()).replace("\n", "\\n"));
        }
    }

    /** A role's api_allowed_functions, read from the stored state (no setting says it), list this function. */
    @Given("{actor} may use {word}")
    public void mayUse(Actor actor, String function) {
        String user = actor.credentials(ctx).user();
        StoredState now = ctx.stateNowFor("to know whether " + actor.phrase() + " may use " + function);
        String functions = now.user(user)
                .map(u -> String.valueOf(u.get("api_allowed_functions")))
                .orElseThrow(() -> new AssertionError("no user " + user + " in " + now.where()));
        if (!List.of(functions.trim().split("\\s+")).contains(function)) {
            throw new TestAbortedException("skipped: the api_allowed_functions of " + actor.phrase() + " ("
                    + functions.trim() + ") do not list " + function);
        }
    }

    private static String value(List<Param> params, String name) {
        return params.stream()
                .filter(p -> p.name().equals(name))
                .map(Param::value)
                .findFirst()
                .orElse("");
    }

    // ---- stored values

    /** The stored users row, by API field names ({@code agent_full_name}) or column names ({@code email}). */
    @Then("user {string} now has:")
    public void nowHas(String name, DataTable fields) {
        if (!ctx.storedCheck("a user's stored values")) {
            return;
        }
        String user = expand(name);
        StoredState after = ctx.stateAfter();
        Map<String, Object> row =
                after.user(user).orElseThrow(() -> new AssertionError("no user " + user + " in " + after.where()));
        ctx.expectStored(row, fields.asLists(), COLUMNS);
    }

    @Then("{releases} user {string} now has:")
    public void inReleasesNowHas(ReleaseRange releases, String name, DataTable fields) {
        if (ctx.releaseIn(releases)) {
            nowHas(name, fields);
        }
    }

    // ---- existence

    @Then("user {string} no longer exists")
    public void noLongerExists(String name) {
        expectExists(expand(name), false);
    }

    /** Said of a user a request should not have created. */
    @Then("user {string} does not exist")
    public void doesNotExist(String name) {
        expectExists(expand(name), false);
    }

    @Then("user {string} exists")
    public void exists(String name) {
        expectExists(expand(name), true);
    }

    /**
     * The stored state where it can be read; otherwise user_details where the release has it, or else update_user
     * with no field, which writes nothing and says USER DOES NOT EXIST or NO UPDATES DEFINED.
     */
    private void expectExists(String user, boolean exists) {
        ctx.run().coverage().stateCheck(true);
        if (ctx.canReadStoredState()) {
            StoredState after = ctx.stateAfter();
            if (after.user(user).isPresent() != exists) {
                throw new AssertionError("user " + user + (exists ? " is not" : " is still") + " in " + after.where());
            }
            return;
        }
        Credentials admin = Actor.userAdmin().credentials(ctx);
        boolean details = GrammarLine.USER_DETAILS.appliesTo(ctx.run().release().profile());
        ApiExchange ex = ctx.sendSetup(ApiRequest.get(Requests.call(
                admin, details ? "user_details" : "update_user", List.of(new Param("agent_user", user)))));
        String gone = details
                ? "ERROR: user_details USER NOT FOUND: " + admin.user() + "|" + user + "\n"
                : "ERROR: update_user USER DOES NOT EXIST: |" + admin.user() + "|\n";
        boolean found = details
                ? ex.grammarLine().filter(l -> l == GrammarLine.USER_DETAILS).isPresent()
                : ex.body().equals("ERROR: update_user NO UPDATES DEFINED: |" + admin.user() + "|\n");
        boolean answered = found || ex.body().equals(gone);
        if (!answered || found != exists) {
            throw new AssertionError("user " + user + (exists ? " should exist" : " should be gone") + "; "
                    + ex.request().param("function").orElse("") + " answered " + ctx.redact(ex.body()));
        }
    }

    private String expand(String text) {
        return Placeholders.expand(text, ctx, Optional.empty());
    }
}
