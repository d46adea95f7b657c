package dev.vicimock.conformance.steps;

import dev.vicimock.conformance.answer.GrammarLine;
import dev.vicimock.conformance.report.Redactor;
import dev.vicimock.conformance.target.ApiExchange;
import dev.vicimock.conformance.target.ApiRequest;
import dev.vicimock.conformance.target.Credentials;
import dev.vicimock.conformance.target.Fixtures;
import dev.vicimock.conformance.target.Param;
import dev.vicimock.conformance.target.Requests;
import dev.vicimock.conformance.target.SimulatorAdmin;
import dev.vicimock.conformance.target.TargetConfig;
import dev.vicimock.conformance.target.TestPhone;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Steps that prepare a scenario's phones. Every phone is created with add_phone under the run prefix, so a
 * scenario never touches a phone it did not create, and registered for deletion before it is created.
 */
public final class PhoneSteps {

    private final ScenarioContext ctx;

    public PhoneSteps(ScenarioContext ctx) {
        this.ctx = ctx;
    }

    @Given("a test phone")
    public void aTestPhone() {
        create("", ctx.serverIp());
    }

    @Given("a test phone {string}")
    public void aNamedTestPhone(String alias) {
        create(alias, ctx.serverIp());
    }

    @Given("a test phone {string} on the second server")
    public void aNamedTestPhoneOnTheSecondServer(String alias) {
        create(alias, ctx.secondServerIp());
    }

    @Given("{phone} is in the user group the limited_group user cannot see")
    public void inTheHiddenGroup(String alias) {
        setUp(
                alias,
                List.of(new Param(
                        "admin_user_group",
                        ctx.run()
                                .config()
                                .require(
                                        TargetConfig.HIDDEN_USER_GROUP,
                                        "the scenario needs a phone group the limited_group user cannot see"))));
    }

    @Given("{phone} is in user group {string}")
    public void inUserGroup(String alias, String group) {
        setUp(alias, List.of(new Param("admin_user_group", Placeholders.expand(group, ctx, Optional.empty()))));
    }

    @Given("the admin has updated {phone} with {word} {string}")
    public void hasUpdated(String alias, String field, String value) {
        setUp(alias, List.of(new Param(field, Placeholders.expand(value, ctx, Optional.empty()))));
    }

    @Given("the admin has updated {phone} with:")
    public void hasUpdatedWith(String alias, DataTable table) {
        List<Param> fields = new ArrayList<>();
        for (List<String> row : table.asLists()) {
            fields.add(new Param(row.get(0), Placeholders.expand(row.get(1), ctx, Optional.empty())));
        }
        setUp(alias, fields);
    }

    private void create(String alias, String serverIp) {
        Fixtures fixtures = ctx.run().fixtures();
        TestPhone phone = fixtures.phone(alias, serverIp);
        Credentials admin = Actor.admin().credentials(ctx);
        // registered first, so that even a half-successful add is cleaned up
        fixtures.created(phone.extension(), phone.serverIp());
        ApiExchange ex =
                ctx.sendSetup(ApiRequest.get(Requests.call(admin, "add_phone", Fixtures.addPhoneParams(phone))));
        String expected = "SUCCESS: add_phone PHONE HAS BEEN ADDED - " + admin.user() + "|" + phone.extension() + "|"
                + phone.serverIp() + "|" + TestPhone.PROTOCOL + "|" + phone.dialplanNumber() + "\n";
        if (!expected.equals(ex.body())) {
            throw new AssertionError("could not create test phone " + phone.key() + ": HTTP " + ex.status() + " "
                    + Redactor.text(ex.body()).replace("\n", "\\n"));
        }
        ctx.addPhone(phone);
        ctx.run().target().simulator().ifPresent(PhoneSteps::clearRebuildFlags);
    }

    /**
     * On the simulator, the set-up's own writes flag the servers for a rebuild; clearing the flags lets a
     * scenario see that its own request set them.
     */
    private static void clearRebuildFlags(SimulatorAdmin simulator) {
        SimulatorAdmin.State state = simulator.state();
        for (Map<String, Object> server : state.table("servers")) {
            server.put("rebuild_conf_files", "N");
        }
        simulator.replaceState(state); // the document carries the admin log, so it is kept
    }

    private void setUp(String alias, List<Param> fields) {
        TestPhone phone = ctx.phone(alias);
        if (!ctx.hasPhone(alias)) {
            throw new IllegalStateException("the scenario has not created "
                    + (alias.isEmpty() ? "the phone" : "phone \"" + alias + "\"") + " yet");
        }
        Credentials admin = Actor.admin().credentials(ctx);
        List<Param> params = new ArrayList<>(
                List.of(new Param("extension", phone.extension()), new Param("server_ip", phone.serverIp())));
        params.addAll(fields);
        ApiExchange ex = ctx.sendSetup(ApiRequest.get(Requests.call(admin, "update_phone", params)));
        Optional<GrammarLine> line = ex.grammarLine();
        boolean updated = line.filter(l -> l == GrammarLine.PHONE_UPDATED).isPresent();
        // a field the release does not know leaves it nothing to update, where the release says so
        boolean ignored = line.filter(l -> l == GrammarLine.NO_UPDATES_DEFINED).isPresent()
                && GrammarLine.NO_UPDATES_DEFINED.appliesTo(ctx.run().release().profile());
        if (!updated && !ignored) {
            throw new AssertionError("could not prepare " + phone.key() + ": " + Redactor.text(ex.body()));
        }
        ctx.run().target().simulator().ifPresent(PhoneSteps::clearRebuildFlags);
    }
}
