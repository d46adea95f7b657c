package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.answer.Outcome;
import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Table;
import dev.vicimock.mock.state.Tables;
import java.util.List;

/** The lookups add_phone_alias and update_phone_alias share: the alias by id, and the logins of its phone list. */
final class PhoneAliases {
    private PhoneAliases() {}

    static Table table(ApiCall call) {
        return call.db().table(Tables.PHONES_ALIAS);
    }

    /** The alias the real count query finds (database collation), or null; a query the id breaks counts none. */
    static Row find(ApiCall call, String aliasId) {
        boolean counted = Statements.run(
                call, "SELECT count(*) from phones_alias where alias_id='" + aliasId + "';", List.of(aliasId));
        return counted ? table(call).find(Bytes.toText(aliasId)) : null;
    }

    /**
     * {@code PHONE DOES NOT EXIST} for the first comma-separated element of {@code phone_logins} that no phone has as
     * its login, or null. Elements are neither trimmed nor skipped, so an empty one (a trailing comma) fails too.
     */
    static Answer firstMissingLogin(ApiCall call, String function, String logins) {
        for (String login : logins.split(",", -1)) {
            boolean counted =
                    Statements.run(call, "SELECT count(*) from phones where login='" + login + "';", List.of(login));
            if (!counted
                    || call.db().phones().rowsWith("login", Bytes.toText(login)).isEmpty()) {
                return Answer.of(Outcome.ALIAS_PHONE_MISSING, function, call.userParam(), login);
            }
        }
        return null;
    }
}
