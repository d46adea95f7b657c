package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.answer.Outcome;
import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.call.ApiFunction;
import dev.vicimock.mock.call.Params;
import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.release.Functions;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Schema;
import dev.vicimock.mock.state.Table;
import dev.vicimock.mock.state.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code function=copy_user}: its five checks in the real order (the level and group rules
 * apply to the source user), then a copy of the source's users row under the new id, password and name, copies of
 * its campaign and in-group agent rows, and an admin log entry.
 */
public final class CopyUser implements ApiFunction {
    public static final String NAME = Functions.COPY_USER;

    /** The required fields, in the order the error line echoes them. */
    private static final List<UserProvisioning.Required> REQUIRED = List.of(
            new UserProvisioning.Required("agent_user", 2),
            new UserProvisioning.Required("agent_pass", 2),
            new UserProvisioning.Required("source_user", 1),
            new UserProvisioning.Required("agent_full_name", 1));

    /** Permission, required fields, level, group, new user: the first refusal answers and nothing is written. */
    private static final List<Check<ApiCall>> CHECKS = List.of(
            call -> Preconditions.check(call, NAME, UserProvisioning.MODIFY_USERS, Outcome.NO_PERMISSION_COPY_USERS),
            call -> UserProvisioning.required(call, NAME, REQUIRED),
            CopyUser::levelAllowed,
            CopyUser::groupVisible,
            call -> UserProvisioning.newUser(call, NAME));

    /** The users columns the copy does not take from the source: they keep their defaults. */
    private static final Set<String> NOT_COPIED = Set.of("failed_login_count", "last_login_date");

    /** The users columns the copy sets itself rather than taking them from the source. */
    private static final Set<String> SET_BY_COPY = Set.of("user", "pass", "full_name", "pass_hash");

    /** An agent table and the columns its copied rows take from the source's rows (calls_today restarts at 0). */
    private record AgentRows(Schema schema, String table, List<String> copied) {}

    /** The in-group rows, then the campaign rows, as the real code copies them; grades keep their defaults. */
    private static final List<AgentRows> AGENT_ROWS = List.of(
            new AgentRows(
                    Tables.INBOUND_GROUP_AGENTS,
                    "vicidial_inbound_group_agents",
                    List.of("group_id", "group_rank", "group_weight", "group_type")),
            new AgentRows(
                    Tables.CAMPAIGN_AGENTS,
                    "vicidial_campaign_agents",
                    List.of("campaign_id", "campaign_rank", "campaign_weight")));

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
        String sourceUser = p.text("source_user");
        Row source = source(call);
        String id = UserProvisioning.newUserId(call, p.text("agent_user"));
        UserProvisioning.Credentials credentials = UserProvisioning.credentials(call, p.text("agent_pass"));
        String fullName = p.text("agent_full_name");
        List<String> pasted = List.of(id, credentials.pass(), fullName, credentials.passHash(), sourceUser);

        String statement = userInsert(id, credentials, fullName, sourceUser);
        String storedId = (String) UserProvisioning.stored("user", id);
        boolean inserted = Statements.runDoubleQuoted(call, statement, pasted)
                && (!UserProvisioning.idTaken(call, storedId) || Statements.refused(call, statement));
        if (inserted) {
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("user", storedId);
            changes.put("pass", UserProvisioning.stored("pass", credentials.pass()));
            changes.put("full_name", UserProvisioning.stored("full_name", fullName));
            changes.put("pass_hash", UserProvisioning.stored("pass_hash", credentials.passHash()));
            Row fresh = Row.defaults(Tables.USERS);
            NOT_COPIED.forEach(c -> changes.put(c, fresh.value(c)));
            call.db().users().put(source.with(changes));
        }
        List<String> statements = new ArrayList<>(List.of(statement));
        List<Integer> affected = new ArrayList<>(List.of(inserted ? 1 : -1));
        for (AgentRows rows : AGENT_ROWS) {
            String copy = agentInsert(rows, id, sourceUser);
            statements.add(copy);
            affected.add(
                    Statements.runDoubleQuoted(call, copy, List.of(id, sourceUser))
                            ? copyAgentRows(call, rows, storedId, sourceUser)
                            : -1);
        }
        String notes = "user: " + id + "   source_user: " + sourceUser + "   rows: " + affected.get(0) + ","
                + affected.get(1) + "," + affected.get(2);
        AdminLog entry = new AdminLog("USERS", "COPY", id, "ADMIN API COPY USER", String.join("|", statements), notes);
        call.debug(() -> "|" + entry.insertStatement(call) + "|" + statements.get(1) + "|" + statements.get(2) + "|");
        entry.appendUnlessBroken(call);
        return Answer.of(Outcome.USER_COPIED, NAME, call.userParam(), id, credentials.pass(), fullName, sourceUser);
    }

    /** The source user's row, or null when there is none (or its id breaks the query). */
    private static Row source(ApiCall call) {
        String sourceUser = call.params().text("source_user");
        return UserProvisioning.findUser(
                call, sourceUser, "SELECT user_level,user_group from vicidial_users where user='" + sourceUser + "';");
    }

    /** Step 3: the source's level against the caller's; a missing source has no level and passes. */
    private static Answer levelAllowed(ApiCall call) {
        Row source = source(call);
        String level = source == null ? "" : source.textOrEmpty("user_level");
        if (UserProvisioning.levelRefused(call, level)) {
            return Answer.of(
                    Outcome.NO_PERMISSION_COPY_USER_LEVEL,
                    NAME,
                    call.userParam(),
                    level,
                    call.user().textOrEmpty("user_level"));
        }
        return null;
    }

    /** Step 4: the source's group exists and the caller may see it (a missing source has the empty group). */
    private static Answer groupVisible(ApiCall call) {
        Row source = source(call);
        String group = source == null ? "" : Bytes.fromText(source.textOrEmpty("user_group"));
        if (!UserProvisioning.groupVisible(call, group)) {
            return Answer.of(Outcome.USER_GROUP_MISSING, NAME, call.userParam(), group);
        }
        return null;
    }

    /** Copies the source's rows of one agent table to the new user; the number of rows copied. */
    private static int copyAgentRows(ApiCall call, AgentRows rows, String storedId, String sourceUser) {
        Table table = call.db().table(rows.schema());
        List<Row> copied = new ArrayList<>();
        for (Row r : table.rowsWith("user", Bytes.toText(sourceUser))) {
            // the agent tables' user column is as wide as the users one, so the stored id fits unchanged
            Row copy = Row.defaults(rows.schema()).with("user", storedId).with("calls_today", 0L);
            for (String column : rows.copied()) {
                copy = copy.with(column, r.value(column));
            }
            copied.add(copy);
        }
        copied.forEach(table::put);
        return copied.size();
    }

    /** The INSERT ... SELECT of the users row, over the columns the simulator models. */
    private static String userInsert(
            String id, UserProvisioning.Credentials credentials, String fullName, String sourceUser) {
        List<String> copied = new ArrayList<>();
        for (String c : Tables.USERS.columns()) {
            if (!NOT_COPIED.contains(c) && !SET_BY_COPY.contains(c)) {
                copied.add(c);
            }
        }
        String columns = String.join(",", copied);
        return "INSERT INTO vicidial_users (user,pass,full_name," + columns + ",pass_hash) SELECT \"" + id + "\",\""
                + credentials.pass() + "\",\"" + fullName + "\"," + columns + ",\"" + credentials.passHash()
                + "\" from vicidial_users where user=\"" + sourceUser + "\";";
    }

    private static String agentInsert(AgentRows rows, String id, String sourceUser) {
        String columns = String.join(",", rows.copied());
        return "INSERT INTO " + rows.table() + " (user," + columns + ",calls_today) SELECT \"" + id + "\"," + columns
                + ",\"0\" from " + rows.table() + " where user=\"" + sourceUser + "\";";
    }
}
