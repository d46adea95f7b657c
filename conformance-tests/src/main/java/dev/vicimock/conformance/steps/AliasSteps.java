package dev.vicimock.conformance.steps;

import dev.vicimock.conformance.report.Redactor;
import dev.vicimock.conformance.target.ApiExchange;
import dev.vicimock.conformance.target.ApiRequest;
import dev.vicimock.conformance.target.Credentials;
import dev.vicimock.conformance.target.Param;
import dev.vicimock.conformance.target.Requests;
import dev.vicimock.conformance.target.StoredState;
import dev.vicimock.conformance.target.TestPhone;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Steps about the scenario's phone aliases: created with add_phone_alias as the user_admin over the logins of its
 * test phones, under the run prefix and registered for deletion; their stored values and existence, read from the
 * stored state where it can be read (the simulator, or a real server with {@code vicidial.db.url}), else their
 * existence through the API.
 */
public final class AliasSteps {

    /** API field names whose phones_alias column has another name. */
    private static final Map<String, String> COLUMNS = Map.of("phone_logins", "logins_list");

    private final ScenarioContext ctx;

    public AliasSteps(ScenarioContext ctx) {
        this.ctx = ctx;
    }

    @Given("a test phone alias for {phone}")
    public void aTestAlias(String phone) {
        create("", phone);
    }

    @Given("a test phone alias {string} for {phone}")
    public void aNamedTestAlias(String letter, String phone) {
        create(letter, phone);
    }

    private void create(String letter, String phoneAlias) {
        if (!ctx.hasPhone(phoneAlias)) {
            throw new IllegalStateException("the scenario has not created the phone the alias is for yet");
        }
        TestPhone phone = ctx.phone(phoneAlias);
        Credentials admin = Actor.userAdmin().credentials(ctx);
        String aliasId = ctx.run().fixtures().phoneAlias(letter);
        String name = "Conformance alias" + (letter.isEmpty() ? "" : " " + letter);
        ApiExchange ex = ctx.sendSetup(ApiRequest.get(Requests.call(
                admin,
                "add_phone_alias",
                List.of(
                        new Param("alias_id", aliasId),
                        new Param("alias_name", name),
                        new Param("phone_logins", phone.login())))));
        String expected = "SUCCESS: add_phone_alias PHONE ALIAS HAS BEEN ADDED - " + admin.user() + "|" + aliasId + "|"
                + name + "|" + phone.login() + "\n";
        if (!expected.equals(ex.body())) {
            throw new AssertionError("could not create test phone alias " + aliasId + ": HTTP " + ex.status() + " "
                    + Redactor.text(ex.body()).replace("\n", "\\n"));
        }
    }

    @Then("phone alias {string} now has:")
    public void nowHas(String name, DataTable fields) {
        if (!ctx.storedCheck("a phone alias's stored values")) {
            return;
        }
        String aliasId = expand(name);
        StoredState after = ctx.stateAfter();
        Map<String, Object> row = after.phoneAlias(aliasId)
                .orElseThrow(() -> new AssertionError("no phone alias " + aliasId + " in " + after.where()));
        ctx.expectStored(row, fields.asLists(), COLUMNS);
    }

    @Then("phone alias {string} no longer exists")
    public void noLongerExists(String name) {
        expectExists(expand(name), false);
    }

    @Then("phone alias {string} exists")
    public void exists(String name) {
        expectExists(expand(name), true);
    }

    /**
     * The stored state where it can be read; otherwise update_phone_alias with a one-letter alias_name, which looks
     * the alias up first, then refuses the name, so it writes nothing either way.
     */
    private void expectExists(String aliasId, boolean exists) {
        ctx.run().coverage().stateCheck(true);
        if (ctx.canReadStoredState()) {
            StoredState after = ctx.stateAfter();
            if (after.phoneAlias(aliasId).isPresent() != exists) {
                throw new AssertionError(
                        "phone alias " + aliasId + (exists ? " is not" : " is still") + " in " + after.where());
            }
            return;
        }
        Credentials admin = Actor.userAdmin().credentials(ctx);
        ApiExchange ex = ctx.sendSetup(ApiRequest.get(Requests.call(
                admin, "update_phone_alias", List.of(new Param("alias_id", aliasId), new Param("alias_name", "x")))));
        String expected = exists
                ? "ERROR: update_phone_alias YOU MUST USE A VALID ALIAS NAME: |" + admin.user() + "|x\n"
                : "ERROR: update_phone_alias PHONE ALIAS DOES NOT EXIST: |" + admin.user() + "|" + aliasId + "\n";
        if (!expected.equals(ex.body())) {
            throw new AssertionError("phone alias " + aliasId + (exists ? " should exist" : " should be gone")
                    + "; update_phone_alias answered " + ex.body());
        }
    }

    private String expand(String text) {
        return Placeholders.expand(text, ctx, Optional.empty());
    }
}
