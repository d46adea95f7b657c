package dev.vicimock.conformance.steps;

import dev.vicimock.conformance.answer.GrammarLine;
import dev.vicimock.conformance.report.Redactor;
import dev.vicimock.conformance.target.ApiExchange;
import dev.vicimock.conformance.target.ApiRequest;
import dev.vicimock.conformance.target.Credentials;
import dev.vicimock.conformance.target.Fixtures;
import dev.vicimock.conformance.target.Param;
import dev.vicimock.conformance.target.Requests;
import dev.vicimock.conformance.target.Role;
import dev.vicimock.conformance.target.SimulatorAdmin;
import dev.vicimock.conformance.target.StoredState;
import dev.vicimock.conformance.target.TargetConfig;
import dev.vicimock.conformance.target.TestPhone;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

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

    /**
     * Puts the phone in a group the limited_group user's own group lists in admin_viewable_groups, read from the
     * stored state (no setting names one).
     */
    @Given("{phone} is in a user group the limited_group user may see")
    public void inAVisibleGroup(String alias) {
        String user = Actor.of(Role.LIMITED_GROUP.phrase()).credentials(ctx).user();
        StoredState now = ctx.stateNowFor("a phone group the limited_group user may see");
        String group = now.user(user)
                .map(u -> String.valueOf(u.get("user_group")))
                .orElseThrow(() -> new AssertionError("no user " + user + " in " + now.where()));
        String viewable = now.userGroup(group)
                .map(g -> String.valueOf(g.get("admin_viewable_groups")))
                .orElse("");
        String visible = Arrays.stream(viewable.trim().split("\\s+"))
                .filter(g -> !g.isEmpty() && !g.equals("-") && !g.equals("---ALL---"))
                .findFirst()
                .orElseThrow(() -> new TestAbortedException("skipped: the admin_viewable_groups of the limited_group"
                        + " user's group " + group + " name no group (" + viewable.trim() + ")"));
        setUp(alias, List.of(new Param("admin_user_group", visible)));
    }

    /** For a scenario that sends a name that could be a real phone's: it runs only where no phone has it. */
    @Given("no phone on the server has extension {string}")
    public void noPhoneHasExtension(String extension) {
        String serverIp = ctx.serverIp();
        if (ctx.stateNowFor("to know that no phone has extension " + extension)
                .phone(extension, serverIp)
                .isPresent()) {
            throw new TestAbortedException(
                    "skipped: a phone with extension " + extension + " exists on " + serverIp + "; it is not ours");
        }
    }

    /** For a scenario whose answer changes if some phone already has the login: it runs only where none has it. */
    @Given("no phone has login {string}")
    public void noPhoneHasLogin(String login) {
        if (!ctx.stateNowFor("to know that no phone has login " + login)
                .phonesWithLogin(login)
                .isEmpty()) {
            throw new TestAbortedException(
                    "skipped: a phone with login " + login + " exists, which changes the answer");
        }
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
