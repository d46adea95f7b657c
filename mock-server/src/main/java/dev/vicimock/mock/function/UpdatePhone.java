package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.answer.Outcome;
import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.pipeline.Params;
import dev.vicimock.mock.release.Capability;
import dev.vicimock.mock.release.PhpRuntime;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code function=update_phone}: finds the phone, then either deletes it or validates the optional fields in
 * the real order (the first invalid one wins and nothing is written) and writes them.
 */
public final class UpdatePhone implements ApiFunction {
    public static final String NAME = "update_phone";
    private static final String BLANK = "--BLANK--";
    /** The order the real code appends {@code ,column='value'} pieces to its UPDATE. */
    private static final List<String> SET_ORDER = List.of("dialplan_number", "active", "outbound_cid",
            "voicemail_id", "login", "pass", "protocol", "conf_secret", "fullname", "phone_context", "email",
            "local_gmt", "user_group", "outbound_alt_cid", "phone_ring_timeout", "delete_vm_after_email");
    static final Set<String> PROTOCOLS = Set.of("IAX2", "SIP", "Zap", "EXTERNAL");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Answer run(ApiCall call) {
        Answer refused = Preconditions.check(call, NAME, Outcome.NO_PERMISSION_UPDATE);
        if (refused != null) {
            return refused;
        }
        Params p = call.params();
        String user = call.userParam();
        String extension = p.text("extension");
        String serverIp = p.text("server_ip");
        if (p.strlen("extension") < 2 || p.strlen("server_ip") < 1) {
            return Answer.of(Outcome.REQUIRED_FIELDS, NAME, user, extension, serverIp);
        }
        String userGroup = call.user().textOrEmpty("user_group");
        call.debugAboveZero(() -> "|SELECT allowed_campaigns,admin_viewable_groups from vicidial_user_groups where user_group='"
                + Bytes.fromText(userGroup) + "';|");
        if (call.db().servers().find(Bytes.toText(serverIp)) == null || Sql.breaks(serverIp)) {
            return Answer.of(Outcome.SERVER_MISSING, NAME, user, serverIp);
        }
        Row phone = call.db().phones().find(Bytes.toText(extension), Bytes.toText(serverIp));
        if (phone == null || Sql.breaks(extension) || !ViewableGroups.of(call.db(), userGroup).canSee(phone)) {
            return Answer.of(Outcome.PHONE_MISSING, NAME, user, serverIp, extension);
        }
        if (p.is("delete_phone", "Y")) {
            return delete(call, phone, extension, serverIp);
        }
        PhoneChanges changes = new PhoneChanges();
        Answer invalid = validate(call, phone, changes);
        if (invalid != null) {
            return invalid;
        }
        if (changes.isEmpty() && call.release().noUpdatesNotice()) {
            return Answer.of(Outcome.NO_UPDATES, NAME, user);
        }
        String statement = "UPDATE phones SET install_directory='' " + setList(call, changes)
                + " WHERE extension='" + extension + "' and server_ip='" + serverIp + "';";
        List<String> pasted = new ArrayList<>(changes.sqlValues.values());
        pasted.add(extension);
        pasted.add(serverIp);
        if (Statements.run(call, statement, pasted)) {
            Map<String, Object> stored = new LinkedHashMap<>();
            stored.put("install_directory", "");
            stored.putAll(changes.stored(call));
            call.db().phones().put(phone.with(stored));
        }
        call.debug(() -> "|" + statement + "|");
        PhoneWrites.log(call, "MODIFY", "ADMIN API UPDATE PHONE", extension, serverIp, statement);
        PhoneWrites.flagRebuild(call, serverIp);
        return Answer.of(Outcome.PHONE_UPDATED, NAME, user, extension, serverIp);
    }

    private Answer delete(ApiCall call, Row phone, String extension, String serverIp) {
        if (!Preconditions.managesPhones(call.namedUser(), "ast_delete_phones")) {
            return Answer.of(Outcome.NO_PERMISSION_DELETE, NAME, call.userParam(), "0");
        }
        String statement = "DELETE FROM phones WHERE extension='" + extension + "' and server_ip='" + serverIp + "';";
        if (Statements.run(call, statement, List.of(extension, serverIp))) {
            call.db().phones().remove(phone);
        }
        call.debug(() -> "|" + statement + "|");
        PhoneWrites.log(call, "DELETE", "ADMIN API DELETE PHONE", extension, serverIp, statement);
        PhoneWrites.flagRebuild(call, serverIp);
        return Answer.of(Outcome.PHONE_DELETED, NAME, call.userParam(), extension, serverIp);
    }

    /** Validates the optional fields in the real order; the first failure's answer, or null with changes filled. */
    private Answer validate(ApiCall call, Row phone, PhoneChanges changes) {
        Params p = call.params();
        String user = call.userParam();
        if (p.strlen("local_gmt") > 0) {
            if (!Timezones.isValid(p.text("local_gmt"))) {
                return Answer.of(Outcome.INVALID_TIMEZONE, NAME, user, p.text("local_gmt"));
            }
            changes.set("local_gmt", p.text("local_gmt"));
        }
        Answer a;
        if ((a = length(call, "email", "email", call.release().emailMinLength(), 300, true,
                Outcome.INVALID_EMAIL, changes)) != null
                || (a = length(call, "phone_context", "phone_context", 2, 30, true,
                Outcome.INVALID_PHONE_CONTEXT, changes)) != null
                || (a = length(call, "phone_full_name", "fullname", 2, 30, true,
                Outcome.INVALID_PHONE_NAME, changes)) != null
                || (a = length(call, "registration_password", "conf_secret", 2, 30, true,
                Outcome.INVALID_REGISTRATION_PASSWORD, changes)) != null) {
            return a;
        }
        if (p.strlen("protocol") > 0) {
            if (!PROTOCOLS.contains(p.text("protocol"))) {
                return Answer.of(Outcome.INVALID_PROTOCOL, NAME, user, p.text("protocol"));
            }
            changes.set("protocol", p.text("protocol"));
        }
        if ((a = length(call, "phone_pass", "pass", 2, 30, false, Outcome.INVALID_PHONE_PASSWORD, changes)) != null) {
            return a;
        }
        if (p.strlen("phone_login") > 0) {
            if (loginTakenElsewhere(call, p.text("phone_login"), p.text("extension"), p.text("server_ip"))) {
                return Answer.of(Outcome.LOGIN_EXISTS, NAME, user, p.text("phone_login"));
            }
            changes.set("login", p.text("phone_login"));
        }
        if ((a = length(call, "voicemail_id", "voicemail_id", 2, 30, true, Outcome.INVALID_VOICEMAIL, changes)) != null
                || (a = length(call, "dialplan_number", "dialplan_number", 3, 30, false,
                Outcome.INVALID_DIALPLAN, changes)) != null) {
            return a;
        }
        if (p.strlen("active") > 0) {
            if (!p.is("active", "Y") && !p.is("active", "N")) {
                return Answer.of(Outcome.INVALID_ACTIVE, NAME, user, p.text("active"));
            }
            changes.set("active", p.text("active"));
        }
        if ((a = length(call, "outbound_cid", "outbound_cid", 6, 18, false,
                Outcome.INVALID_OUTBOUND_CID, changes)) != null
                || (a = length(call, "admin_user_group", "user_group", 2, 20, false,
                Outcome.INVALID_USER_GROUP, changes)) != null) {
            return a;
        }
        if (call.release().has(Capability.ALT_CID_AND_RING_TIMEOUT)
                && (a = validateAltCidAndRingTimeout(call, changes)) != null) {
            return a;
        }
        if (call.release().has(Capability.WEBPHONE_FIELDS_AND_TEMPLATE)) {
            ExtendedFields.flags(p, changes);
            return ExtendedFields.template(call, NAME, changes);
        }
        return null;
    }

    private Answer validateAltCidAndRingTimeout(ApiCall call, PhoneChanges changes) {
        Params p = call.params();
        String user = call.userParam();
        Answer a = length(call, "outbound_alt_cid", "outbound_alt_cid", 6, 18, true,
                Outcome.INVALID_OUTBOUND_ALT_CID, changes);
        if (a != null) {
            return a;
        }
        if (p.strlen("phone_ring_timeout") > 0) {
            // digits only, except where an old release leaves it unfiltered (use_non_latin=1): PHP 7 then
            // compares the string's leading number
            double seconds = PhpRuntime.leadingNumber(p.text("phone_ring_timeout"));
            if (seconds < 2 || seconds > 180) {
                // the real code echoes outbound_alt_cid here, not the timeout
                return Answer.of(Outcome.INVALID_RING_TIMEOUT, NAME, user, p.text("outbound_alt_cid"));
            }
            changes.set("phone_ring_timeout", p.text("phone_ring_timeout"));
        }
        if (p.strlen("delete_vm_after_email") > 0) {
            if (!p.is("delete_vm_after_email", "Y") && !p.is("delete_vm_after_email", "N")) {
                return Answer.of(Outcome.INVALID_DELETE_VM, NAME, user, p.text("delete_vm_after_email"));
            }
            changes.set("delete_vm_after_email", p.text("delete_vm_after_email"));
        }
        return null;
    }

    /**
     * A text field with a length rule: given (non-empty after filtering), it must be min..max bytes long;
     * {@code --BLANK--} clears the column where the real code knows that word.
     */
    private static Answer length(ApiCall call, String param, String column, int min, int max, boolean blankClears,
                                 Outcome invalid, PhoneChanges changes) {
        Params p = call.params();
        int len = p.strlen(param);
        if (len == 0) {
            return null;
        }
        String v = p.text(param);
        if (blankClears && v.equals(BLANK)) {
            changes.set(column, "");
            return null;
        }
        if (len < min || len > max) {
            return Answer.of(invalid, NAME, call.userParam(), v);
        }
        changes.set(column, v);
        return null;
    }

    /** The real duplicate check: the login on a phone with another extension on another server. */
    private static boolean loginTakenElsewhere(ApiCall call, String login, String extension, String serverIp) {
        if (Sql.breaks(login)) {
            return false;
        }
        String ext = Values.collate(Bytes.toText(extension));
        String ip = Values.collate(Bytes.toText(serverIp));
        for (Row other : call.db().phones().rowsWith("login", Bytes.toText(login))) {
            if (!Values.collate(other.textOrEmpty("extension")).equals(ext)
                    && !Values.collate(other.textOrEmpty("server_ip")).equals(ip)) {
                return true;
            }
        }
        return false;
    }

    private static String setList(ApiCall call, PhoneChanges changes) {
        StringBuilder b = new StringBuilder();
        for (String column : SET_ORDER) {
            String v = changes.sqlValues.get(column);
            if (v != null) {
                b.append(" ,").append(Sql.quoted(column, v));
            }
        }
        if (call.release().has(Capability.WEBPHONE_FIELDS_AND_TEMPLATE)) {
            b.append(ExtendedFields.spacedPieces(changes));
        }
        return b.toString();
    }
}
