package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.answer.Outcome;
import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.call.ApiFunction;
import dev.vicimock.mock.call.Params;
import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.release.Functions;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Tables;
import java.util.List;

/**
 * {@code function=add_phone_alias}: an alias id naming a list of phone logins, so an agent can log in with one
 * id to several phones. The checks run in the real order; the new row takes the default user group.
 */
public final class AddPhoneAlias implements ApiFunction {
    public static final String NAME = Functions.ADD_PHONE_ALIAS;

    /** The filtered parameters the checks and the insert read. */
    private record Request(ApiCall call, String aliasId, String aliasName, String logins) {}

    /** After the permission query, in the real order: the first failure answers and nothing is written. */
    private static final List<Check<Request>> CHECKS = List.of(
            AddPhoneAlias::requiredFields,
            AddPhoneAlias::aliasIsNew,
            r -> PhoneAliases.firstMissingLogin(r.call(), NAME, r.logins()));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Answer run(ApiCall call) {
        Answer refused =
                Preconditions.check(call, NAME, Preconditions.MANAGE_PHONES, Outcome.NO_PERMISSION_ADD_PHONE_ALIAS);
        if (refused != null) {
            return refused;
        }
        Params p = call.params();
        Request r = new Request(call, p.text("alias_id"), p.text("alias_name"), p.text("phone_logins"));
        Answer failed = Check.first(CHECKS, r);
        if (failed != null) {
            return failed;
        }
        String statement = "INSERT INTO phones_alias (alias_id,alias_name,logins_list) values('" + r.aliasId() + "','"
                + r.aliasName() + "','" + r.logins() + "');";
        Row row = Row.defaults(Tables.PHONES_ALIAS)
                .with("alias_id", Tables.PHONES_ALIAS.store("alias_id", Bytes.toText(r.aliasId())))
                .with("alias_name", Tables.PHONES_ALIAS.store("alias_name", Bytes.toText(r.aliasName())))
                .with("logins_list", Tables.PHONES_ALIAS.store("logins_list", Bytes.toText(r.logins())));
        Statements.insert(
                call, PhoneAliases.table(call), row, statement, List.of(r.aliasId(), r.aliasName(), r.logins()));
        new AdminLog(
                        "PHONEALIASES",
                        "ADD",
                        r.aliasId(),
                        "ADMIN API ADD PHONE ALIAS",
                        statement,
                        "phones: " + r.logins())
                .writeUnlessBroken(call);
        return Answer.of(Outcome.PHONE_ALIAS_ADDED, NAME, call.userParam(), r.aliasId(), r.aliasName(), r.logins());
    }

    private static Answer requiredFields(Request r) {
        Params p = r.call().params();
        if (p.strlen("alias_id") < 2 || p.strlen("phone_logins") < 2 || p.strlen("alias_name") < 1) {
            return Answer.of(
                    Outcome.REQUIRED_FIELDS, NAME, r.call().userParam(), r.aliasId(), r.aliasName(), r.logins());
        }
        return null;
    }

    private static Answer aliasIsNew(Request r) {
        return PhoneAliases.find(r.call(), r.aliasId()) != null
                ? Answer.of(Outcome.PHONE_ALIAS_EXISTS, NAME, r.call().userParam(), r.aliasId())
                : null;
    }
}
