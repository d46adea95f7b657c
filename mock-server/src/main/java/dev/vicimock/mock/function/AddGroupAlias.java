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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code function=add_group_alias}: a caller id that agents may place calls under. Only the number is required;
 * a missing or one-character id or name becomes the number, and {@code active} is not checked (the ENUM column
 * stores {@code ''} for anything but Y or N).
 */
public final class AddGroupAlias implements ApiFunction {
    public static final String NAME = Functions.ADD_GROUP_ALIAS;

    /** Parameter to column, in the order of the real INSERT. */
    private static final Map<String, String> INSERTED = new LinkedHashMap<>();

    static {
        INSERTED.put("group_alias_id", "group_alias_id");
        INSERTED.put("group_alias_name", "group_alias_name");
        INSERTED.put("caller_id_number", "caller_id_number");
        INSERTED.put("caller_id_name", "caller_id_name");
        INSERTED.put("active", "active");
        INSERTED.put("admin_user_group", "user_group");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Answer run(ApiCall call) {
        Answer refused =
                Preconditions.check(call, NAME, Preconditions.MANAGE_PHONES, Outcome.NO_PERMISSION_ADD_GROUP_ALIAS);
        if (refused != null) {
            return refused;
        }
        Params p = call.params();
        String user = call.userParam();
        String number = p.text("caller_id_number");
        if (p.strlen("caller_id_number") < 6) {
            return Answer.of(
                    Outcome.REQUIRED_FIELDS, NAME, user, p.text("group_alias_id"), p.text("group_alias_name"), number);
        }
        Map<String, String> values = new LinkedHashMap<>();
        INSERTED.forEach((param, column) -> values.put(column, p.text(param)));
        defaults(p, values, number);
        String id = values.get("group_alias_id");
        boolean counted = Statements.run(
                call, "SELECT count(*) from groups_alias where group_alias_id='" + id + "';", List.of(id));
        if (counted && call.db().table(Tables.GROUPS_ALIAS).find(Bytes.toText(id)) != null) {
            return Answer.of(Outcome.GROUP_ALIAS_EXISTS, NAME, user, id, number);
        }
        String statement = "INSERT INTO groups_alias (" + String.join(",", values.keySet()) + ") values('"
                + String.join("','", values.values()) + "');";
        Row row = Row.defaults(Tables.GROUPS_ALIAS);
        for (Map.Entry<String, String> v : values.entrySet()) {
            row = row.with(v.getKey(), Tables.GROUPS_ALIAS.store(v.getKey(), Bytes.toText(v.getValue())));
        }
        Statements.insert(call, call.db().table(Tables.GROUPS_ALIAS), row, statement, values.values());
        new AdminLog("GROUPALIASES", "ADD", id, "ADMIN API ADD GROUP ALIAS", statement, "").writeUnlessBroken(call);
        return Answer.of(Outcome.GROUP_ALIAS_ADDED, NAME, user, id, values.get("group_alias_name"), number);
    }

    /** The real defaults, applied by length in bytes; both names lose a {@code +} even where no filter removed it. */
    private static void defaults(Params p, Map<String, String> values, String number) {
        if (p.strlen("group_alias_id") < 2) {
            values.put("group_alias_id", number);
        }
        if (p.strlen("group_alias_name") < 2) {
            values.put("group_alias_name", number);
        }
        if (p.strlen("active") < 1) {
            values.put("active", "Y");
        }
        if (p.strlen("admin_user_group") < 1) {
            values.put("user_group", "---ALL---");
        }
        values.put("group_alias_name", values.get("group_alias_name").replace('+', ' '));
        values.put("caller_id_name", values.get("caller_id_name").replace('+', ' '));
    }
}
