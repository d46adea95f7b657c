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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code function=update_phone_alias}: finds the alias, then deletes it ({@code delete_alias=Y}, with the phone
 * delete right) or checks and writes a new name and login list. Its admin log code says {@code ADMIN API UPDATE
 * PHONE}, as the real code writes it.
 */
public final class UpdatePhoneAlias implements ApiFunction {
    public static final String NAME = Functions.UPDATE_PHONE_ALIAS;

    /** The filtered parameters, and the columns the field checks accepted. */
    private record Request(
            ApiCall call, String aliasId, String aliasName, String logins, Map<String, String> changes) {}

    /** The order the real code joins its {@code column='value'} pieces in. */
    private static final List<String> SET_ORDER = List.of("logins_list", "alias_name");

    /** Before the delete: required fields, then the alias must exist. */
    private static final List<Check<Request>> LOOKUP =
            List.of(UpdatePhoneAlias::requiredFields, UpdatePhoneAlias::aliasExists);

    /** After it, the optional fields in the real order: the first invalid one answers and nothing is written. */
    private static final List<Check<Request>> FIELDS =
            List.of(UpdatePhoneAlias::aliasName, UpdatePhoneAlias::phoneLogins);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Answer run(ApiCall call) {
        Answer refused =
                Preconditions.check(call, NAME, Preconditions.MANAGE_PHONES, Outcome.NO_PERMISSION_UPDATE_PHONE_ALIAS);
        if (refused != null) {
            return refused;
        }
        Params p = call.params();
        Map<String, String> changes = new LinkedHashMap<>();
        Request r = new Request(call, p.text("alias_id"), p.text("alias_name"), p.text("phone_logins"), changes);
        Answer failed = Check.first(LOOKUP, r);
        if (failed != null) {
            return failed;
        }
        Row alias = PhoneAliases.find(call, r.aliasId());
        if (p.is("delete_alias", "Y")) {
            return delete(r, alias);
        }
        failed = Check.first(FIELDS, r);
        if (failed != null) {
            return failed;
        }
        if (changes.isEmpty()) {
            return Answer.of(Outcome.NO_UPDATES, NAME, call.userParam());
        }
        List<String> pieces = new ArrayList<>();
        List<String> pasted = new ArrayList<>();
        for (String column : SET_ORDER) {
            if (changes.containsKey(column)) {
                pieces.add(Sql.quoted(column, changes.get(column)));
                pasted.add(changes.get(column));
            }
        }
        String statement =
                "UPDATE phones_alias SET " + String.join(",", pieces) + " WHERE alias_id='" + r.aliasId() + "';";
        pasted.add(r.aliasId());
        if (Statements.run(call, statement, pasted)) {
            Map<String, Object> stored = new LinkedHashMap<>();
            changes.forEach((column, v) -> stored.put(column, Tables.PHONES_ALIAS.store(column, Bytes.toText(v))));
            PhoneAliases.table(call).put(alias.with(stored));
        }
        call.debug(() -> "|" + statement + "|");
        new AdminLog(
                        "PHONEALIASES",
                        "MODIFY",
                        r.aliasId(),
                        "ADMIN API UPDATE PHONE",
                        statement,
                        "phones: " + r.logins())
                .writeUnlessBroken(call);
        return Answer.of(Outcome.PHONE_ALIAS_UPDATED, NAME, call.userParam(), r.aliasId());
    }

    private static Answer delete(Request r, Row alias) {
        ApiCall call = r.call();
        if (!Preconditions.managesPhones(call.user(), "ast_delete_phones")) {
            return Answer.of(Outcome.NO_PERMISSION_DELETE_PHONE_ALIAS, NAME, call.userParam(), "0");
        }
        String statement = "DELETE FROM phones_alias where alias_id='" + r.aliasId() + "';";
        if (Statements.run(call, statement, List.of(r.aliasId()))) {
            PhoneAliases.table(call).remove(alias);
        }
        call.debug(() -> "|" + statement + "|");
        new AdminLog("PHONEALIASES", "DELETE", r.aliasId(), "ADMIN API DELETE PHONE ALIAS", statement, "")
                .writeUnlessBroken(call);
        return Answer.of(Outcome.PHONE_ALIAS_DELETED, NAME, call.userParam(), r.aliasId());
    }

    /** {@code alias_id} of 2 chars or more, and at least one of a login list, a name or a delete_alias value. */
    private static Answer requiredFields(Request r) {
        Params p = r.call().params();
        if (p.strlen("alias_id") < 2
                || (p.strlen("phone_logins") < 2 && p.strlen("alias_name") < 1 && p.strlen("delete_alias") < 1)) {
            return Answer.of(
                    Outcome.REQUIRED_FIELDS, NAME, r.call().userParam(), r.aliasId(), r.aliasName(), r.logins());
        }
        return null;
    }

    private static Answer aliasExists(Request r) {
        return PhoneAliases.find(r.call(), r.aliasId()) == null
                ? Answer.of(Outcome.PHONE_ALIAS_MISSING, NAME, r.call().userParam(), r.aliasId())
                : null;
    }

    /** A given name must be 2 to 50 bytes. */
    private static Answer aliasName(Request r) {
        int length = r.call().params().strlen("alias_name");
        if (length == 0) {
            return null;
        }
        if (length < 2 || length > 50) {
            return Answer.of(Outcome.INVALID_ALIAS_NAME, NAME, r.call().userParam(), r.aliasName());
        }
        r.changes().put("alias_name", r.aliasName());
        return null;
    }

    /** A login list of 2 bytes or more replaces the old one if every login is a phone's; a shorter one is ignored. */
    private static Answer phoneLogins(Request r) {
        if (r.call().params().strlen("phone_logins") < 2) {
            return null;
        }
        Answer missing = PhoneAliases.firstMissingLogin(r.call(), NAME, r.logins());
        if (missing == null) {
            r.changes().put("logins_list", r.logins());
        }
        return missing;
    }
}
