package dev.vicimock.conformance.steps;

import dev.vicimock.conformance.target.ApiRequest;
import dev.vicimock.conformance.target.Credentials;
import dev.vicimock.conformance.target.Fixtures;
import dev.vicimock.conformance.target.Param;
import dev.vicimock.conformance.target.Requests;
import dev.vicimock.conformance.target.TestPhone;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The requests a scenario sends. Calls made as a user start with source, user, pass and function; update calls
 * add the phone's extension and server_ip. A table row overrides a parameter of that name, or removes it with
 * the value {@code (absent)}; other rows are added in order.
 */
public final class RequestSteps {

    /** A table value that removes the parameter instead of sending it. */
    static final String ABSENT = "(absent)";

    private final ScenarioContext ctx;

    public RequestSteps(ScenarioContext ctx) {
        this.ctx = ctx;
    }

    // ---- update_phone as a user

    @When("{actor} updates {phone}")
    public void updates(Actor actor, String phone) {
        update(actor, phone, List.of());
    }

    @When("{actor} updates {phone} with:")
    public void updatesWith(Actor actor, String phone, DataTable fields) {
        update(actor, phone, rows(fields));
    }

    @When("{actor} updates {phone} with {word} {string}")
    public void updatesWithField(Actor actor, String phone, String field, String value) {
        update(actor, phone, List.of(List.of(field, value)));
    }

    @When("{actor} updates {phone} using the password {string}")
    public void updatesUsingPassword(Actor actor, String phone, String password) {
        update(actor, phone, List.of(List.of("pass", password)));
    }

    @When("{actor} deletes {phone}")
    public void deletes(Actor actor, String phone) {
        update(actor, phone, List.of(List.of("delete_phone", "Y")));
    }

    @When("{actor} fails to log in {int} times")
    public void failsToLogIn(Actor actor, int times) {
        for (int i = 0; i < times; i++) {
            List<Param> params = updateParams(actor, "", List.of(List.of("pass", "bad")));
            ctx.sendInBatch(ApiRequest.get(params), actor.role(), i == 0);
        }
    }

    private void update(Actor actor, String phone, List<List<String>> overrides) {
        ctx.send(ApiRequest.get(updateParams(actor, phone, overrides)), actor.role());
    }

    private List<Param> updateParams(Actor actor, String alias, List<List<String>> overrides) {
        TestPhone phone = ctx.phone(alias);
        List<Param> base = new ArrayList<>(
                List.of(new Param("extension", phone.extension()), new Param("server_ip", phone.serverIp())));
        return call(actor, "update_phone", base, overrides);
    }

    // ---- any function as a user

    @When("{actor} calls {word}")
    public void calls(Actor actor, String function) {
        ctx.send(ApiRequest.get(call(actor, function, List.of(), List.of())), actor.role());
    }

    @When("{actor} calls {word} with:")
    public void callsWith(Actor actor, String function, DataTable params) {
        ctx.send(ApiRequest.get(call(actor, function, List.of(), rows(params))), actor.role());
    }

    /** Source and credentials only; the table gives everything else, a function or none. */
    @When("{actor} calls the API with:")
    public void callsTheApiWith(Actor actor, DataTable params) {
        Credentials who = actor.credentials(ctx);
        List<Param> base = new ArrayList<>(List.of(new Param("user", who.user()), new Param("pass", who.pass())));
        ctx.send(ApiRequest.get(apply(base, rows(params), Optional.of(who))), actor.role());
    }

    // ---- add_phone

    @When("{actor} adds phone {string}")
    public void adds(Actor actor, String alias) {
        add(actor, alias, List.of());
    }

    @When("{actor} adds phone {string} with:")
    public void addsWith(Actor actor, String alias, DataTable overrides) {
        add(actor, alias, rows(overrides));
    }

    @When("{actor} adds the phone again")
    public void addsAgain(Actor actor) {
        add(actor, "", List.of());
    }

    private void add(Actor actor, String alias, List<List<String>> overrides) {
        TestPhone phone =
                ctx.hasPhone(alias) ? ctx.phone(alias) : ctx.run().fixtures().phone(alias, ctx.serverIp());
        ctx.addPhone(phone);
        // registered before it is sent: whatever the answer, the phone is deleted afterwards if it exists
        ctx.run().fixtures().created(phone.extension(), phone.serverIp());
        ctx.send(ApiRequest.get(call(actor, "add_phone", Fixtures.addPhoneParams(phone), overrides)), actor.role());
    }

    // ---- raw requests

    @When("a client sends GET with:")
    public void sendsGet(DataTable params) {
        ctx.send(ApiRequest.get(apply(new ArrayList<>(), rows(params), Optional.empty())), Optional.empty());
    }

    /** A query string sent exactly as written; only the placeholders' values are encoded. */
    @When("a client sends the query {string}")
    public void sendsQuery(String query) {
        String raw = Placeholders.expand(query, ctx, Optional.empty(), Param::encode);
        List<Param> decoded = new ArrayList<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            decoded.add(
                    eq < 0
                            ? new Param(pair, "")
                            : new Param(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1))));
        }
        ctx.send(ApiRequest.getRaw(raw, decoded), Optional.empty());
    }

    /** A POST whose table says, row by row, whether a parameter goes in the query or in the form body. */
    @When("a client POSTs these parameters:")
    public void postsParameters(DataTable table) {
        List<Param> query = new ArrayList<>();
        List<Param> body = new ArrayList<>();
        for (java.util.Map<String, String> row : table.asMaps()) {
            String where = row.get("in");
            Param p = new Param(row.get("name"), expand(row.get("value") == null ? "" : row.get("value")));
            switch (where) {
                case "query" -> query.add(p);
                case "body" -> body.add(p);
                default -> throw new IllegalArgumentException("'in' must be query or body, not " + where);
            }
        }
        ctx.send(ApiRequest.postForm(query, body), Optional.empty());
    }

    @When("a client POSTs these parameters as multipart\\/form-data:")
    public void postsMultipart(DataTable params) {
        ctx.send(
                ApiRequest.postMultipart(List.of(), apply(new ArrayList<>(), rows(params), Optional.empty())),
                Optional.empty());
    }

    @When("a client POSTs this JSON body with an empty query:")
    public void postsJson(String json) {
        ctx.send(ApiRequest.postBody(List.of(), "application/json", expand(json)), Optional.empty());
    }

    // ---- building parameter lists

    private List<Param> call(Actor actor, String function, List<Param> base, List<List<String>> overrides) {
        Credentials who = actor.credentials(ctx);
        List<Param> params = Requests.call(who, function, base);
        return apply(params, overrides, Optional.of(who));
    }

    /** Applies table rows: the first row naming a parameter replaces it (or removes it), the rest are added. */
    private List<Param> apply(List<Param> params, List<List<String>> rows, Optional<Credentials> acting) {
        List<Param> out = new ArrayList<>(params);
        java.util.Set<String> replaced = new java.util.HashSet<>();
        for (List<String> row : rows) {
            String name = row.get(0);
            String raw = row.size() > 1 && row.get(1) != null ? row.get(1) : "";
            int at = indexOf(out, name);
            if (at >= 0 && replaced.add(name)) {
                if (ABSENT.equals(raw)) {
                    out.remove(at);
                } else {
                    out.set(at, new Param(name, Placeholders.expand(raw, ctx, acting)));
                }
            } else if (!ABSENT.equals(raw)) {
                replaced.add(name);
                out.add(new Param(name, Placeholders.expand(raw, ctx, acting)));
            }
        }
        return out;
    }

    private static int indexOf(List<Param> params, String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static List<List<String>> rows(DataTable table) {
        return table.asLists();
    }

    private String expand(String text) {
        return Placeholders.expand(text, ctx, Optional.empty());
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
