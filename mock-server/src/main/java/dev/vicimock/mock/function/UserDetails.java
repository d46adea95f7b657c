package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.answer.Outcome;
import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.call.ApiFunction;
import dev.vicimock.mock.call.Params;
import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.release.Functions;
import dev.vicimock.mock.state.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code function=user_details}: one user's name, group, level and active flag as a delimited line, for callers
 * with report access. A user outside the caller's viewable groups is reported as not found. Writes nothing.
 */
public final class UserDetails implements ApiFunction {
    public static final String NAME = Functions.USER_DETAILS;
    /** Reports access: {@code view_reports} and a level above 6. */
    private static final Preconditions.Permission VIEW_REPORTS = new Preconditions.Permission("view_reports", 7);
    /** The delimiter of each known {@code stage}; any other stage is {@code pipe}. */
    private static final Map<String, String> DELIMITERS = Map.of("csv", ",", "tab", "\t", "pipe", "|");

    private static final List<String> HEADER = List.of("user", "full_name", "user_group", "user_level", "active");
    /** The longest agent_user the search accepts, in bytes. */
    private static final int SEARCH_MAX = 99;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Answer run(ApiCall call) {
        Answer refused = Preconditions.check(call, NAME, VIEW_REPORTS, Outcome.NO_PERMISSION_USER_DETAILS);
        if (refused != null) {
            return refused;
        }
        Params p = call.params();
        String user = call.userParam();
        String agentUser = p.text("agent_user");
        int length = p.strlen("agent_user");
        if (length < 1 || length > SEARCH_MAX) {
            return Answer.of(Outcome.INVALID_SEARCH, NAME, user, agentUser);
        }
        ViewableGroups viewable = ViewableGroups.of(call.db(), call.user().textOrEmpty("user_group"));
        String statement = "SELECT full_name,user_group,user_level,active from vicidial_users where user='" + agentUser
                + "' " + viewable.sqlCondition() + ";";
        boolean counted = Statements.run(call, statement, List.of(agentUser));
        call.debug(() -> statement);
        Row found = counted ? call.db().users().find(Bytes.toText(agentUser)) : null;
        if (found == null || !viewable.canSeeGroup(found.textOrEmpty("user_group"))) {
            return Answer.of(Outcome.USER_NOT_FOUND, NAME, user, agentUser);
        }
        String delimiter = DELIMITERS.getOrDefault(p.text("stage"), "|");
        List<List<String>> rows = new ArrayList<>();
        if (p.is("header", "YES")) {
            rows.add(HEADER);
        }
        // the user column echoes the request, not the stored id
        rows.add(List.of(
                agentUser,
                Bytes.fromText(found.textOrEmpty("full_name")),
                Bytes.fromText(found.textOrEmpty("user_group")),
                Long.toString(found.number("user_level")),
                Bytes.fromText(found.textOrEmpty("active"))));
        return Answer.rows(delimiter, rows);
    }
}
