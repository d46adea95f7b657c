package dev.vicimock.conformance.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers the real server gives to {@code update_phone} (the response grammar of the behaviour reference,
 * section 4) and the few other answers the conformance suite meets ({@code add_phone}, the release's own crash).
 * Each constant knows its template and can tell whether a whole response body is an instance of it, which lets
 * reports say which answers a run has exercised.
 */
public enum GrammarLine {
    LOGIN_INCORRECT(true, "ERROR: Login incorrect, please try again: |{user}|{pass}|BAD|\n"),
    TOO_MANY_LOGIN_ATTEMPTS(true, "ERROR: Too many login attempts, try again in 15 minutes: |{user}|LOCK|\n"),
    INVALID_SOURCE(true, "ERROR: Invalid Source - {source}\nERROR: Invalid Source: |{source}|\n"),
    FUNCTION_NOT_ALLOWED(true, "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |{user}|{function}|\n"),
    NO_UPDATE_PERMISSION(true, "ERROR: update_phone USER DOES NOT HAVE PERMISSION TO UPDATE PHONES: |{user}|0\n"),
    REQUIRED_FIELDS(true, "ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |{user}|{extension}|{server_ip}\n"),
    SERVER_DOES_NOT_EXIST(true, "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|{server_ip}\n"),
    PHONE_DOES_NOT_EXIST(true, "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |{user}|{server_ip}|{extension}\n"),
    NO_DELETE_PERMISSION(true, "NOTICE: update_phone USER DOES NOT HAVE PERMISSION TO DELETE PHONES: |{user}|0\n"),
    PHONE_DELETED(true, "SUCCESS: update_phone PHONE HAS BEEN DELETED - {user}|{extension}|{server_ip}|\n"),
    INVALID_TIMEZONE(true, "ERROR: update_phone YOU MUST USE A VALID TIMEZONE: |{user}|{local_gmt}\n"),
    INVALID_EMAIL(true, "ERROR: update_phone YOU MUST USE A VALID EMAIL: |{user}|{email}\n"),
    INVALID_PHONE_CONTEXT(true, "ERROR: update_phone YOU MUST USE A VALID PHONE CONTEXT: |{user}|{phone_context}\n"),
    INVALID_PHONE_NAME(true, "ERROR: update_phone YOU MUST USE A VALID PHONE NAME: |{user}|{phone_full_name}\n"),
    INVALID_REGISTRATION_PASSWORD(true,
            "ERROR: update_phone YOU MUST USE A VALID REGISTRATION PASSWORD: |{user}|{registration_password}\n"),
    INVALID_PROTOCOL(true, "ERROR: update_phone YOU MUST USE A VALID PROTOCOL: |{user}|{protocol}\n"),
    INVALID_PHONE_PASSWORD(true, "ERROR: update_phone YOU MUST USE A VALID PHONE PASSWORD: |{user}|{phone_pass}\n"),
    LOGIN_ALREADY_EXISTS(true, "ERROR: update_phone LOGIN ALREADY EXISTS: |{user}|{phone_login}\n"),
    INVALID_VOICEMAIL(true, "ERROR: update_phone YOU MUST USE A VALID VOICEMAIL NUMBER: |{user}|{voicemail_id}\n"),
    INVALID_DIALPLAN(true, "ERROR: update_phone YOU MUST USE A VALID DIALPLAN NUMBER: |{user}|{dialplan_number}\n"),
    INVALID_ACTIVE(true, "ERROR: update_phone ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD: |{user}|{active}\n"),
    INVALID_OUTBOUND_CID(true,
            "ERROR: update_phone OUTBOUND CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD: |{user}|{outbound_cid}\n"),
    INVALID_USER_GROUP(true,
            "ERROR: update_phone USER GROUP MUST BE FROM 2 TO 20 CHARACTERS, THIS IS AN OPTIONAL FIELD: |{user}|{admin_user_group}\n"),
    INVALID_OUTBOUND_ALT_CID(true,
            "ERROR: update_phone OUTBOUND ALT CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD: |{user}|{outbound_alt_cid}\n",
            "2.14-202", "2.14-167", "2.14-159", "2.14-127"),
    INVALID_RING_TIMEOUT(true,
            "ERROR: update_phone PHONE RING TIMEOUT MUST BE FROM 2 TO 180 SECONDS, THIS IS AN OPTIONAL FIELD: |{user}|{outbound_alt_cid}\n",
            "2.14-202", "2.14-167", "2.14-159", "2.14-127"),
    INVALID_DELETE_VM_AFTER_EMAIL(true,
            "ERROR: update_phone DELETE VOICEMAIL AFTER EMAIL MUST BE Y OR N, THIS IS AN OPTIONAL FIELD: |{user}|{delete_vm_after_email}\n",
            "2.14-202", "2.14-167", "2.14-159", "2.14-127"),
    TEMPLATE_DOES_NOT_EXIST(true,
            "ERROR: update_phone TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD: |{user}|{phone_login}|{template_id}\n",
            "2.14-202", "2.14-167", "2.14-159"),
    NO_UPDATES_DEFINED(true, "NOTICE: update_phone NO UPDATES DEFINED: |{user}|\n", "2.14-107", "2.14-127"),
    PHONE_UPDATED(true, "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|\n"),
    NO_FUNCTION_SPECIFIED(true, "ERROR: NO FUNCTION SPECIFIED\n"),
    VERSION(true, "VERSION: {version}|BUILD: {build}|DATE: {date}|EPOCH: {epoch}|DST: {dst}|TZ: {tz}|TZNOW: {tznow}|\n"),
    TEAPOT(true, "Coffee: {function}|Error 418 I'm a teapot"),

    // beyond section 4: what add_phone answers, as far as the suite uses it, and a release's own crash
    ADD_NO_PERMISSION(false, "ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |{user}|0\n"),
    ADD_REQUIRED_FIELDS(false, "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |{user}|{extension}|{dialplan_number}"
            + "|{voicemail_id}|{phone_login}|{phone_pass}|{server_ip}|{protocol}|{registration_password}"
            + "|{phone_full_name}|{local_gmt}|{outbound_cid}\n"),
    ADD_SERVER_DOES_NOT_EXIST(false, "ERROR: add_phone SERVER DOES NOT EXIST: |{user}|{server_ip}\n"),
    ADD_PHONE_EXISTS(false, "ERROR: add_phone PHONE ALREADY EXISTS ON THIS SERVER: |{user}|{server_ip}|{extension}\n"),
    ADD_LOGIN_EXISTS(false, "ERROR: add_phone PHONE LOGIN ALREADY EXISTS: |{user}|{phone_login}\n"),
    ADD_INVALID_TIMEZONE(false, "ERROR: add_phone YOU MUST USE A VALID TIMEZONE: |{user}|{local_gmt}\n"),
    ADD_TEMPLATE_DOES_NOT_EXIST(false,
            "ERROR: add_phone TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD: |{user}|{phone_login}|{template_id}\n",
            "2.14-202", "2.14-167", "2.14-159"),
    PHONE_ADDED(false,
            "SUCCESS: add_phone PHONE HAS BEEN ADDED - {user}|{extension}|{server_ip}|{protocol}|{dialplan_number}\n"),
    SERVER_CRASH(false, "", "2.14-202");

    private final boolean inUpdatePhoneGrammar;
    private final String template;
    private final List<String> releases;
    private final Pattern pattern;

    GrammarLine(boolean inUpdatePhoneGrammar, String template, String... releases) {
        this.inUpdatePhoneGrammar = inUpdatePhoneGrammar;
        this.template = template;
        this.releases = List.of(releases);
        this.pattern = compile(template);
    }

    /** True for the lines of the update_phone response grammar, which every conformance run should meet. */
    public boolean inUpdatePhoneGrammar() {
        return inUpdatePhoneGrammar;
    }

    /** The template as the behaviour reference writes it, with {@code {placeholders}} for the data. */
    public String template() {
        return template;
    }

    /** The releases that give this answer; empty when every known release does. */
    public List<String> releases() {
        return releases;
    }

    /** Whether a release gives this answer at all. */
    public boolean appliesTo(String release) {
        return releases.isEmpty() || releases.contains(release);
    }

    /** Whether a whole response body is exactly an instance of this line. */
    public boolean matches(String body) {
        return pattern.matcher(body).matches();
    }

    /**
     * The line a response body is an instance of. Debug output in front of the answer (2.14-107 with
     * {@code DB=1}) is ignored; a body that matches nothing gives an empty result.
     */
    public static Optional<GrammarLine> classify(String body) {
        Optional<GrammarLine> whole = Arrays.stream(values()).filter(l -> l.matches(body)).findFirst();
        if (whole.isPresent() || body.isEmpty()) {
            return whole;
        }
        String trimmed = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
        String last = trimmed.substring(trimmed.lastIndexOf('\n') + 1) + (body.endsWith("\n") ? "\n" : "");
        return Arrays.stream(values()).filter(l -> l != SERVER_CRASH && l.matches(last)).findFirst();
    }

    private static Pattern compile(String template) {
        // a placeholder stands for one data field: anything but the bar and the line break
        StringBuilder regex = new StringBuilder();
        Matcher m = Templates.PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(at, m.start())));
            regex.append("[^|\\n]*");
            at = m.end();
        }
        regex.append(Pattern.quote(template.substring(at)));
        return Pattern.compile(regex.toString());
    }

    // enum constants are built before the enum's own static fields, so the pattern lives in a holder class
    private static final class Templates {
        static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    }
}
