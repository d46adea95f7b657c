package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.answer.Outcome;
import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.call.ApiFunction;
import dev.vicimock.mock.call.Params;
import dev.vicimock.mock.release.Capability;
import dev.vicimock.mock.release.Functions;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code function=add_user}: its five checks in the real order, then one INSERT of the
 * given fields (every other column keeps its default) and an admin log entry. The database, not the code, cuts
 * values to the columns, so the answer echoes what was sent.
 */
public final class AddUser implements ApiFunction {
    public static final String NAME = Functions.ADD_USER;

    /** The required fields, in the order the error line echoes them. */
    private static final List<UserProvisioning.Required> REQUIRED = List.of(
            new UserProvisioning.Required("agent_user", 2),
            new UserProvisioning.Required("agent_pass", 2),
            new UserProvisioning.Required("agent_user_level", 1),
            new UserProvisioning.Required("agent_full_name", 1),
            new UserProvisioning.Required("agent_user_group", 1));

    /** Permission, required fields, level, group, new user: the first refusal answers and nothing is written. */
    private static final List<Check<ApiCall>> CHECKS = List.of(
            call -> Preconditions.check(call, NAME, UserProvisioning.MODIFY_USERS, Outcome.NO_PERMISSION_ADD_USERS),
            call -> UserProvisioning.required(call, NAME, REQUIRED),
            AddUser::levelAllowed,
            AddUser::groupVisible,
            call -> UserProvisioning.newUser(call, NAME));

    /** An optional parameter written to its column, and what the code writes when it is empty (null: itself). */
    private record Field(String column, String param, String whenEmpty) {
        String value(Params p) {
            String v = p.text(param);
            return v.isEmpty() && whenEmpty != null ? whenEmpty : v;
        }
    }

    /** The INSERT's columns between the password and pass_hash, in its order. */
    private static final List<Field> FIELDS = List.of(
            new Field("full_name", "agent_full_name", null),
            new Field("user_level", "agent_user_level", null),
            new Field("user_group", "agent_user_group", null),
            new Field("phone_login", "phone_login", null),
            new Field("phone_pass", "phone_pass", null),
            new Field("hotkeys_active", "hotkeys_active", "0"),
            new Field("voicemail_id", "voicemail_id", null),
            new Field("email", "email", null),
            new Field("custom_one", "custom_one", null),
            new Field("custom_two", "custom_two", null),
            new Field("custom_three", "custom_three", null),
            new Field("custom_four", "custom_four", null),
            new Field("custom_five", "custom_five", null));

    private static final Field WRAPUP = new Field("wrapup_seconds_override", "wrapup_seconds_override", "-1");

    /** The agent choices the INSERT ends with where the release has {@link Capability#ADD_USER_AGENT_CHOICES}. */
    private static final List<Field> AGENT_CHOICES = List.of(
            new Field("agent_choose_ingroups", "agent_choose_ingroups", "1"),
            new Field("agent_choose_blended", "agent_choose_blended", "1"),
            new Field("closer_default_blended", "closer_default_blended", "0"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Answer run(ApiCall call) {
        Answer refused = Check.first(CHECKS, call);
        if (refused != null) {
            return refused;
        }
        Params p = call.params();
        String id = UserProvisioning.newUserId(call, p.text("agent_user"));
        UserProvisioning.Credentials credentials = UserProvisioning.credentials(call, p.text("agent_pass"));
        Map<String, String> values = values(call, id, credentials);
        String statement = insertStatement(values);
        String storedId = (String) UserProvisioning.stored("user", id);
        boolean inserted = Statements.run(call, statement, values.values())
                && (!UserProvisioning.idTaken(call, storedId) || Statements.refused(call, statement));
        if (inserted) {
            Row row = Row.defaults(Tables.USERS);
            for (Map.Entry<String, String> v : values.entrySet()) {
                row = row.with(v.getKey(), UserProvisioning.stored(v.getKey(), v.getValue()));
            }
            call.db().users().put(row);
        }
        new AdminLog("USERS", "ADD", id, "ADMIN API ADD USER", statement, "user: " + id).writeUnlessBroken(call);
        return Answer.of(
                Outcome.USER_ADDED,
                NAME,
                call.userParam(),
                id,
                credentials.pass(),
                p.text("agent_user_level"),
                p.text("agent_full_name"),
                p.text("agent_user_group"));
    }

    /** Step 3: the new level against the caller's. */
    private static Answer levelAllowed(ApiCall call) {
        String level = call.params().text("agent_user_level");
        if (UserProvisioning.levelRefused(call, level)) {
            return Answer.of(
                    Outcome.NO_PERMISSION_ADD_USER_LEVEL,
                    NAME,
                    call.userParam(),
                    level,
                    call.user().textOrEmpty("user_level"));
        }
        return null;
    }

    /** Step 4: the group exists and the caller may see it. */
    private static Answer groupVisible(ApiCall call) {
        String group = call.params().text("agent_user_group");
        if (!UserProvisioning.groupVisible(call, group)) {
            return Answer.of(Outcome.USER_GROUP_MISSING, NAME, call.userParam(), group);
        }
        return null;
    }

    /** The INSERT's values by column, in its order, as the byte strings it pastes. */
    private static Map<String, String> values(ApiCall call, String id, UserProvisioning.Credentials credentials) {
        Params p = call.params();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("user", id);
        values.put("pass", credentials.pass());
        FIELDS.forEach(f -> values.put(f.column(), f.value(p)));
        values.put("pass_hash", credentials.passHash());
        values.put(WRAPUP.column(), WRAPUP.value(p));
        if (call.release().has(Capability.ADD_USER_AGENT_CHOICES)) {
            AGENT_CHOICES.forEach(f -> values.put(f.column(), f.value(p)));
            String inGroups = p.text("in_groups");
            values.put("closer_campaigns", inGroups.isEmpty() ? "" : " " + inGroups.replace('|', ' ') + " -");
        }
        return values;
    }

    private static String insertStatement(Map<String, String> values) {
        List<String> quoted = new ArrayList<>();
        values.values().forEach(v -> quoted.add("'" + v + "'"));
        return "INSERT INTO vicidial_users (" + String.join(",", values.keySet()) + ") values("
                + String.join(",", quoted) + ");";
    }
}
