package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.answer.Outcome;
import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.state.Row;
import java.util.List;

/**
 * The checks every function behind a login starts with, in the real order: a source of two characters or more,
 * the function in the user's {@code api_allowed_functions}, then the function's permission query.
 */
final class Preconditions {
    /** The phone functions' permission query: {@code ast_admin_access} and level 8 or more. */
    static final Permission MANAGE_PHONES = new Permission("ast_admin_access", 8);

    /**
     * A function's permission query: API access, one right column set to '1', at least this user level, active.
     *
     * @param right    the vicidial_users column that must be '1', e.g. {@code modify_users}
     * @param minLevel the lowest user level allowed
     */
    record Permission(String right, int minLevel) {
        /** Whether the user row passes the query; no row passes nothing. */
        boolean grants(Row user) {
            return user != null
                    && "1".equals(user.text("vdc_agent_api_access"))
                    && "1".equals(user.text(right))
                    && user.number("user_level") >= minLevel
                    && "Y".equals(user.text("active"));
        }
    }

    private Preconditions() {}

    /** The first failing check's answer for a phone function, or null when the call may go on. */
    static Answer check(ApiCall call, String function, Outcome noPermission) {
        return check(call, function, MANAGE_PHONES, noPermission);
    }

    /**
     * The first failing check's answer, or null when the call may go on; a refused permission answers
     * {@code noPermission} with the data {@code user|0}.
     */
    static Answer check(ApiCall call, String function, Permission permission, Outcome noPermission) {
        String source = call.params().text("source");
        if (call.params().strlen("source") < 2) {
            return Answer.lines(
                    new Answer.Line(Outcome.INVALID_SOURCE_DASH, null, List.of(source)),
                    new Answer.Line(Outcome.INVALID_SOURCE, null, List.of(source)));
        }
        Row named = call.namedUser();
        String allowed = named == null ? "" : named.textOrEmpty("api_allowed_functions");
        if (!allowed.contains(" " + function + " ") && !allowed.contains("ALL_FUNCTIONS")) {
            return Answer.of(Outcome.FUNCTION_NOT_ALLOWED, "auth", call.userParam(), function);
        }
        if (!permission.grants(named)) {
            return Answer.of(noPermission, function, call.userParam(), "0");
        }
        return null;
    }

    /** The permission query: API access, the given right, level 8 or more, active (no row: no right). */
    static boolean managesPhones(Row user, String right) {
        return new Permission(right, MANAGE_PHONES.minLevel()).grants(user);
    }
}
