package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.answer.Outcome;
import dev.vicimock.mock.state.Row;

/**
 * The checks every phone function starts with, in the real order: a source of two characters or more, the
 * function in the user's {@code api_allowed_functions}, then the user's right to manage phones.
 */
final class Preconditions {
    private Preconditions() {
    }

    /** The first failing check's answer, or null when the call may go on. */
    static Answer check(ApiCall call, String function, Outcome noPermission) {
        String source = call.params().text("source");
        if (call.params().strlen("source") < 2) {
            return Answer.lines(new Answer.Line(Outcome.INVALID_SOURCE_DASH, null, java.util.List.of(source)),
                    new Answer.Line(Outcome.INVALID_SOURCE, null, java.util.List.of(source)));
        }
        Row named = call.namedUser();
        String allowed = named == null ? "" : named.textOrEmpty("api_allowed_functions");
        if (!allowed.contains(" " + function + " ") && !allowed.contains("ALL_FUNCTIONS")) {
            return Answer.of(Outcome.FUNCTION_NOT_ALLOWED, "auth", call.userParam(), function);
        }
        if (!managesPhones(named, "ast_admin_access")) {
            return Answer.of(noPermission, function, call.userParam(), "0");
        }
        return null;
    }

    /** The permission query: API access, the given right, level 8 or more, active (no row: no right). */
    static boolean managesPhones(Row user, String right) {
        return user != null && "1".equals(user.text("vdc_agent_api_access"))
                && "1".equals(user.text(right))
                && user.number("user_level") >= 8
                && "Y".equals(user.text("active"));
    }
}
