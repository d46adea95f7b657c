package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.answer.Outcome;
import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.call.ApiFunction;
import dev.vicimock.mock.call.Params;
import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.release.Capability;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code function=add_phone}: checks the required fields, the server, that neither the phone nor its login
 * exists, the time zone and (2.14-128 on) the template, then inserts the phone with the upstream defaults.
 */
public final class AddPhone implements ApiFunction {
    public static final String NAME = "add_phone";
    private static final List<String> REQUIRED = List.of(
            "extension",
            "dialplan_number",
            "voicemail_id",
            "phone_login",
            "phone_pass",
            "server_ip",
            "protocol",
            "registration_password",
            "phone_full_name",
            "local_gmt",
            "outbound_cid");
    /** Parameter to column, in the order of the real INSERT. */
    private static final Map<String, String> INSERTED = new LinkedHashMap<>();

    static {
        INSERTED.put("extension", "extension");
        INSERTED.put("dialplan_number", "dialplan_number");
        INSERTED.put("voicemail_id", "voicemail_id");
        INSERTED.put("phone_login", "login");
        INSERTED.put("phone_pass", "pass");
        INSERTED.put("server_ip", "server_ip");
        INSERTED.put("protocol", "protocol");
        INSERTED.put("registration_password", "conf_secret");
        INSERTED.put("phone_full_name", "fullname");
        INSERTED.put("local_gmt", "local_gmt");
        INSERTED.put("outbound_cid", "outbound_cid");
        INSERTED.put("phone_context", "phone_context");
        INSERTED.put("email", "email");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Answer run(ApiCall call) {
        Answer refused = Preconditions.check(call, NAME, Outcome.NO_PERMISSION_ADD);
        if (refused != null) {
            return refused;
        }
        Params p = call.params();
        String user = call.userParam();
        if (missingRequired(p)) {
            List<String> data = new ArrayList<>();
            data.add(user);
            REQUIRED.forEach(r -> data.add(p.text(r)));
            return Answer.of(Outcome.REQUIRED_FIELDS, NAME, data.toArray(String[]::new));
        }
        String extension = p.text("extension");
        String serverIp = p.text("server_ip");
        String login = p.text("phone_login");
        if (call.db().servers().find(Bytes.toText(serverIp)) == null || Sql.breaks(serverIp)) {
            return Answer.of(Outcome.SERVER_MISSING, NAME, user, serverIp);
        }
        if (call.db().phones().find(Bytes.toText(extension), Bytes.toText(serverIp)) != null) {
            return Answer.of(Outcome.PHONE_EXISTS, NAME, user, serverIp, extension);
        }
        if (!call.db().phones().rowsWith("login", Bytes.toText(login)).isEmpty()) {
            return Answer.of(Outcome.PHONE_LOGIN_EXISTS, NAME, user, login);
        }
        if (!Timezones.isValid(p.text("local_gmt"))) {
            return Answer.of(Outcome.INVALID_TIMEZONE, NAME, user, p.text("local_gmt"));
        }
        PhoneChanges extra = new PhoneChanges();
        if (call.release().has(Capability.WEBPHONE_FIELDS_AND_TEMPLATE)) {
            ExtendedFields.flags(p, extra);
            Answer missingTemplate = ExtendedFields.template(call, NAME, extra);
            if (missingTemplate != null) {
                return missingTemplate;
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        INSERTED.forEach((param, column) -> values.put(column, p.text(param)));
        if (values.get("phone_context").isEmpty()) {
            values.put("phone_context", "default");
        }
        values.put("active", "Y");
        values.put("status", "ACTIVE");
        values.put("user_group", p.text("admin_user_group").isEmpty() ? "---ALL---" : p.text("admin_user_group"));
        String statement = insertStatement(call, values, extra);
        List<String> pasted = new ArrayList<>(values.values());
        pasted.addAll(extra.sqlValues.values());
        if (Statements.run(call, statement, pasted)) {
            Row row = Row.defaults(Tables.PHONES);
            for (Map.Entry<String, String> v : values.entrySet()) {
                row = row.with(v.getKey(), call.release().fitPhoneColumn(v.getKey(), Bytes.toText(v.getValue())));
            }
            for (Map.Entry<String, Object> v : extra.stored(call).entrySet()) {
                row = row.with(v.getKey(), v.getValue());
            }
            call.db().phones().put(row);
        }
        PhoneWrites.log(call, "ADD", "ADMIN API ADD PHONE", extension, serverIp, statement);
        PhoneWrites.flagRebuild(call, serverIp);
        return Answer.of(
                Outcome.PHONE_ADDED, NAME, user, extension, serverIp, p.text("protocol"), p.text("dialplan_number"));
    }

    private static boolean missingRequired(Params p) {
        if (p.strlen("extension") < 2 || p.strlen("dialplan_number") < 2) {
            return true;
        }
        for (String r : REQUIRED) {
            if (p.strlen(r) < 1) {
                return true;
            }
        }
        return !UpdatePhone.PROTOCOLS.contains(p.text("protocol")) || p.isArray("protocol");
    }

    private static String insertStatement(ApiCall call, Map<String, String> values, PhoneChanges extra) {
        List<String> pieces = new ArrayList<>();
        values.forEach((column, v) -> pieces.add(Sql.quoted(column, v)));
        StringBuilder b = new StringBuilder("INSERT INTO phones SET  ").append(String.join(", ", pieces));
        if (call.release().has(Capability.WEBPHONE_FIELDS_AND_TEMPLATE)) {
            b.append(ExtendedFields.spacedPieces(extra));
        }
        return b.append(';').toString();
    }
}
