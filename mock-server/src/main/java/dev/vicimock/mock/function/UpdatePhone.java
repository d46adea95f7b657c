package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.answer.Outcome;
import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.call.ApiFunction;
import dev.vicimock.mock.call.Params;
import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.release.Capability;
import dev.vicimock.mock.release.PhpRuntime;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * {@code function=update_phone}: finds the phone, then either deletes it or validates the optional fields in
 * the real order (the first invalid one wins and nothing is written) and writes them.
 */
public final class UpdatePhone implements ApiFunction {
    public static final String NAME = "update_phone";
    private static final String BLANK = "--BLANK--";
    /** The order the real code appends {@code ,column='value'} pieces to its UPDATE. */
    private static final List<String> SET_ORDER = List.of(
            "dialplan_number",
            "active",
            "outbound_cid",
            "voicemail_id",
            "login",
            "pass",
            "protocol",
            "conf_secret",
            "fullname",
            "phone_context",
            "email",
            "local_gmt",
            "user_group",
            "outbound_alt_cid",
            "phone_ring_timeout",
            "delete_vm_after_email");

    static final Set<String> PROTOCOLS = Set.of("IAX2", "SIP", "Zap", "EXTERNAL");
    private static final boolean BLANK_CLEARS = true;
    /** The fields whose {@code --BLANK--} the real code does not know: it is a value like any other. */
    private static final boolean BLANK_KEPT = false;

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
        call.debugAboveZero(
                () -> "|SELECT allowed_campaigns,admin_viewable_groups from vicidial_user_groups where user_group='"
                        + Bytes.fromText(userGroup) + "';|");
        if (call.db().servers().find(Bytes.toText(serverIp)) == null || Sql.breaks(serverIp)) {
            return Answer.of(Outcome.SERVER_MISSING, NAME, user, serverIp);
        }
        Row phone = call.db().phones().find(Bytes.toText(extension), Bytes.toText(serverIp));
        if (phone == null
                || Sql.breaks(extension)
                || !ViewableGroups.of(call.db(), userGroup).canSee(phone)) {
            return Answer.of(Outcome.PHONE_MISSING, NAME, user, serverIp, extension);
        }
        if (p.is("delete_phone", "Y")) {
            return delete(call, phone, extension, serverIp);
        }
        PhoneChanges changes = new PhoneChanges();
        Answer invalid = validate(call, changes);
        if (invalid != null) {
            return invalid;
        }
        if (changes.isEmpty() && call.release().has(Capability.NO_UPDATES_NOTICE)) {
            return Answer.of(Outcome.NO_UPDATES, NAME, user);
        }
        String statement = "UPDATE phones SET install_directory='' " + setList(call, changes) + " WHERE extension='"
                + extension + "' and server_ip='" + serverIp + "';";
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

    /** What a field rule sees: the call, and the changes the rules before it have taken. */
    private record Fields(ApiCall call, PhoneChanges changes) {
        Params params() {
            return call.params();
        }
    }

    /**
     * The optional fields in the order the real code checks them ({@code features/validation-order.feature}): the
     * first refusal answers; each field that passes is taken into the changes.
     */
    private static final List<Check<Fields>> FIELD_RULES = List.of(
            oneOf("local_gmt", "local_gmt", Timezones::isValid, Outcome.INVALID_TIMEZONE),
            length("email", "email", Release::emailMinLength, 300, BLANK_CLEARS, Outcome.INVALID_EMAIL),
            length("phone_context", "phone_context", 2, 30, BLANK_CLEARS, Outcome.INVALID_PHONE_CONTEXT),
            length("phone_full_name", "fullname", 2, 30, BLANK_CLEARS, Outcome.INVALID_PHONE_NAME),
            length("registration_password", "conf_secret", 2, 30, BLANK_CLEARS, Outcome.INVALID_REGISTRATION_PASSWORD),
            oneOf("protocol", "protocol", PROTOCOLS::contains, Outcome.INVALID_PROTOCOL),
            length("phone_pass", "pass", 2, 30, BLANK_KEPT, Outcome.INVALID_PHONE_PASSWORD),
            UpdatePhone::phoneLogin,
            length("voicemail_id", "voicemail_id", 2, 30, BLANK_CLEARS, Outcome.INVALID_VOICEMAIL),
            length("dialplan_number", "dialplan_number", 3, 30, BLANK_KEPT, Outcome.INVALID_DIALPLAN),
            oneOf("active", "active", UpdatePhone::yesOrNo, Outcome.INVALID_ACTIVE),
            length("outbound_cid", "outbound_cid", 6, 18, BLANK_KEPT, Outcome.INVALID_OUTBOUND_CID),
            length("admin_user_group", "user_group", 2, 20, BLANK_KEPT, Outcome.INVALID_USER_GROUP),
            from(
                    Capability.ALT_CID_AND_RING_TIMEOUT,
                    length(
                            "outbound_alt_cid",
                            "outbound_alt_cid",
                            6,
                            18,
                            BLANK_CLEARS,
                            Outcome.INVALID_OUTBOUND_ALT_CID)),
            from(Capability.ALT_CID_AND_RING_TIMEOUT, UpdatePhone::ringTimeout),
            from(
                    Capability.ALT_CID_AND_RING_TIMEOUT,
                    oneOf(
                            "delete_vm_after_email",
                            "delete_vm_after_email",
                            UpdatePhone::yesOrNo,
                            Outcome.INVALID_DELETE_VM)),
            from(Capability.WEBPHONE_FIELDS_AND_TEMPLATE, f -> {
                ExtendedFields.flags(f.params(), f.changes());
                return null;
            }),
            from(Capability.WEBPHONE_FIELDS_AND_TEMPLATE, f -> ExtendedFields.template(f.call(), NAME, f.changes())));

    /** Validates the optional fields in the real order; the first failure's answer, or null with changes filled. */
    private static Answer validate(ApiCall call, PhoneChanges changes) {
        return Check.first(FIELD_RULES, new Fields(call, changes));
    }

    /** A rule only the releases with the capability know; the others skip the field without a word. */
    private static Check<Fields> from(Capability needed, Check<Fields> rule) {
        return f -> f.call().release().has(needed) ? rule.refuse(f) : null;
    }

    /** A field whose value, given (non-empty after filtering), must pass the test; it is stored as given. */
    private static Check<Fields> oneOf(String param, String column, Predicate<String> valid, Outcome invalid) {
        return f -> {
            Params p = f.params();
            if (p.strlen(param) == 0) {
                return null;
            }
            String v = p.text(param);
            if (!valid.test(v)) {
                return Answer.of(invalid, NAME, f.call().userParam(), v);
            }
            f.changes().set(column, v);
            return null;
        };
    }

    private static Check<Fields> length(
            String param, String column, int min, int max, boolean blankClears, Outcome invalid) {
        return length(param, column, r -> min, max, blankClears, invalid);
    }

    /**
     * A text field with a length rule: given (non-empty after filtering), it must be min..max bytes long;
     * {@code --BLANK--} clears the column where the real code knows that word.
     */
    private static Check<Fields> length(
            String param, String column, ToIntFunction<Release> min, int max, boolean blankClears, Outcome invalid) {
        return f -> {
            Params p = f.params();
            int len = p.strlen(param);
            if (len == 0) {
                return null;
            }
            String v = p.text(param);
            if (blankClears && v.equals(BLANK)) {
                f.changes().set(column, "");
                return null;
            }
            if (len < min.applyAsInt(f.call().release()) || len > max) {
                return Answer.of(invalid, NAME, f.call().userParam(), v);
            }
            f.changes().set(column, v);
            return null;
        };
    }

    /** {@code phone_login} must not be the login of a phone elsewhere (see {@link #loginTakenElsewhere}). */
    private static Answer phoneLogin(Fields f) {
        Params p = f.params();
        if (p.strlen("phone_login") == 0) {
            return null;
        }
        if (loginTakenElsewhere(f.call(), p.text("phone_login"), p.text("extension"), p.text("server_ip"))) {
            return Answer.of(Outcome.LOGIN_EXISTS, NAME, f.call().userParam(), p.text("phone_login"));
        }
        f.changes().set("login", p.text("phone_login"));
        return null;
    }

    private static Answer ringTimeout(Fields f) {
        Params p = f.params();
        if (p.strlen("phone_ring_timeout") == 0) {
            return null;
        }
        // digits only, except where an old release leaves it unfiltered (use_non_latin=1): PHP 7 then compares
        // the string's leading number
        double seconds = PhpRuntime.leadingNumber(p.text("phone_ring_timeout"));
        if (seconds < 2 || seconds > 180) {
            // the real code echoes outbound_alt_cid here, not the timeout
            return Answer.of(Outcome.INVALID_RING_TIMEOUT, NAME, f.call().userParam(), p.text("outbound_alt_cid"));
        }
        f.changes().set("phone_ring_timeout", p.text("phone_ring_timeout"));
        return null;
    }

    private static boolean yesOrNo(String v) {
        return v.equals("Y") || v.equals("N");
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
