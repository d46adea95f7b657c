package dev.vicimock.conformance.answer;

import dev.vicimock.mock.release.ReleaseClasses;
import dev.vicimock.mock.release.ReleaseRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers the real server gives to {@code update_phone} (its whole response grammar), to the user and alias
 * functions, and the few other answers the conformance suite meets ({@code add_phone}, the release's own crash), as
 * the recorded cases show them and the features state them.
 * Each constant knows its template and can tell whether a whole response body is an instance of it, which lets
 * reports say which answers a run has exercised.
 */
public enum GrammarLine {
    LOGIN_INCORRECT(Grammar.UPDATE_PHONE, "ERROR: Login incorrect, please try again: |{user}|{pass}|BAD|\n"),
    TOO_MANY_LOGIN_ATTEMPTS(
            Grammar.UPDATE_PHONE, "ERROR: Too many login attempts, try again in 15 minutes: |{user}|LOCK|\n"),
    INVALID_SOURCE(Grammar.UPDATE_PHONE, "ERROR: Invalid Source - {source}\nERROR: Invalid Source: |{source}|\n"),
    FUNCTION_NOT_ALLOWED(
            Grammar.UPDATE_PHONE,
            "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |{user}|{function}|\n"),
    NO_UPDATE_PERMISSION(
            Grammar.UPDATE_PHONE, "ERROR: update_phone USER DOES NOT HAVE PERMISSION TO UPDATE PHONES: |{user}|0\n"),
    REQUIRED_FIELDS(
            Grammar.UPDATE_PHONE,
            "ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |{user}|{extension}|{server_ip}\n"),
    SERVER_DOES_NOT_EXIST(Grammar.UPDATE_PHONE, "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|{server_ip}\n"),
    PHONE_DOES_NOT_EXIST(
            Grammar.UPDATE_PHONE,
            "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |{user}|{server_ip}|{extension}\n"),
    NO_DELETE_PERMISSION(
            Grammar.UPDATE_PHONE, "NOTICE: update_phone USER DOES NOT HAVE PERMISSION TO DELETE PHONES: |{user}|0\n"),
    PHONE_DELETED(
            Grammar.UPDATE_PHONE, "SUCCESS: update_phone PHONE HAS BEEN DELETED - {user}|{extension}|{server_ip}|\n"),
    INVALID_TIMEZONE(Grammar.UPDATE_PHONE, "ERROR: update_phone YOU MUST USE A VALID TIMEZONE: |{user}|{local_gmt}\n"),
    INVALID_EMAIL(Grammar.UPDATE_PHONE, "ERROR: update_phone YOU MUST USE A VALID EMAIL: |{user}|{email}\n"),
    INVALID_PHONE_CONTEXT(
            Grammar.UPDATE_PHONE, "ERROR: update_phone YOU MUST USE A VALID PHONE CONTEXT: |{user}|{phone_context}\n"),
    INVALID_PHONE_NAME(
            Grammar.UPDATE_PHONE, "ERROR: update_phone YOU MUST USE A VALID PHONE NAME: |{user}|{phone_full_name}\n"),
    INVALID_REGISTRATION_PASSWORD(
            Grammar.UPDATE_PHONE,
            "ERROR: update_phone YOU MUST USE A VALID REGISTRATION PASSWORD: |{user}|{registration_password}\n"),
    INVALID_PROTOCOL(Grammar.UPDATE_PHONE, "ERROR: update_phone YOU MUST USE A VALID PROTOCOL: |{user}|{protocol}\n"),
    INVALID_PHONE_PASSWORD(
            Grammar.UPDATE_PHONE, "ERROR: update_phone YOU MUST USE A VALID PHONE PASSWORD: |{user}|{phone_pass}\n"),
    LOGIN_ALREADY_EXISTS(Grammar.UPDATE_PHONE, "ERROR: update_phone LOGIN ALREADY EXISTS: |{user}|{phone_login}\n"),
    INVALID_VOICEMAIL(
            Grammar.UPDATE_PHONE,
            "ERROR: update_phone YOU MUST USE A VALID VOICEMAIL NUMBER: |{user}|{voicemail_id}\n"),
    INVALID_DIALPLAN(
            Grammar.UPDATE_PHONE,
            "ERROR: update_phone YOU MUST USE A VALID DIALPLAN NUMBER: |{user}|{dialplan_number}\n"),
    INVALID_ACTIVE(
            Grammar.UPDATE_PHONE,
            "ERROR: update_phone ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD: |{user}|{active}\n"),
    INVALID_OUTBOUND_CID(
            Grammar.UPDATE_PHONE,
            "ERROR: update_phone OUTBOUND CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD: |{user}|{outbound_cid}\n"),
    INVALID_USER_GROUP(
            Grammar.UPDATE_PHONE,
            "ERROR: update_phone USER GROUP MUST BE FROM 2 TO 20 CHARACTERS, THIS IS AN OPTIONAL FIELD: |{user}|{admin_user_group}\n"),
    INVALID_OUTBOUND_ALT_CID(
            Grammar.UPDATE_PHONE,
            "ERROR: update_phone OUTBOUND ALT CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD: |{user}|{outbound_alt_cid}\n",
            "from 2.14-108 on"),
    INVALID_RING_TIMEOUT(
            Grammar.UPDATE_PHONE,
            "ERROR: update_phone PHONE RING TIMEOUT MUST BE FROM 2 TO 180 SECONDS, THIS IS AN OPTIONAL FIELD: |{user}|{outbound_alt_cid}\n",
            "from 2.14-108 on"),
    INVALID_DELETE_VM_AFTER_EMAIL(
            Grammar.UPDATE_PHONE,
            "ERROR: update_phone DELETE VOICEMAIL AFTER EMAIL MUST BE Y OR N, THIS IS AN OPTIONAL FIELD: |{user}|{delete_vm_after_email}\n",
            "from 2.14-108 on"),
    TEMPLATE_DOES_NOT_EXIST(
            Grammar.UPDATE_PHONE,
            "ERROR: update_phone TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD: |{user}|{phone_login}|{template_id}\n",
            "from 2.14-128 on"),
    NO_UPDATES_DEFINED(Grammar.UPDATE_PHONE, "NOTICE: update_phone NO UPDATES DEFINED: |{user}|\n", "before 2.14-128"),
    PHONE_UPDATED(
            Grammar.UPDATE_PHONE, "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|\n"),
    NO_FUNCTION_SPECIFIED(Grammar.UPDATE_PHONE, "ERROR: NO FUNCTION SPECIFIED\n"),
    VERSION(
            Grammar.UPDATE_PHONE,
            "VERSION: {version}|BUILD: {build}|DATE: {date}|EPOCH: {epoch}|DST: {dst}|TZ: {tz}|TZNOW: {tznow}|\n"),
    TEAPOT(Grammar.UPDATE_PHONE, "Coffee: {function}|Error 418 I'm a teapot"),

    // beyond update_phone's grammar: what add_phone answers, as far as the suite uses it, and a release's own crash
    ADD_NO_PERMISSION(Grammar.BEYOND, "ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: |{user}|0\n"),
    ADD_REQUIRED_FIELDS(
            Grammar.BEYOND,
            "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |{user}|{extension}|{dialplan_number}"
                    + "|{voicemail_id}|{phone_login}|{phone_pass}|{server_ip}|{protocol}|{registration_password}"
                    + "|{phone_full_name}|{local_gmt}|{outbound_cid}\n"),
    ADD_SERVER_DOES_NOT_EXIST(Grammar.BEYOND, "ERROR: add_phone SERVER DOES NOT EXIST: |{user}|{server_ip}\n"),
    ADD_PHONE_EXISTS(
            Grammar.BEYOND, "ERROR: add_phone PHONE ALREADY EXISTS ON THIS SERVER: |{user}|{server_ip}|{extension}\n"),
    ADD_LOGIN_EXISTS(Grammar.BEYOND, "ERROR: add_phone PHONE LOGIN ALREADY EXISTS: |{user}|{phone_login}\n"),
    ADD_INVALID_TIMEZONE(Grammar.BEYOND, "ERROR: add_phone YOU MUST USE A VALID TIMEZONE: |{user}|{local_gmt}\n"),
    ADD_TEMPLATE_DOES_NOT_EXIST(
            Grammar.BEYOND,
            "ERROR: add_phone TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD: |{user}|{phone_login}|{template_id}\n",
            "from 2.14-128 on"),
    PHONE_ADDED(
            Grammar.BEYOND,
            "SUCCESS: add_phone PHONE HAS BEEN ADDED - {user}|{extension}|{server_ip}|{protocol}|{dialplan_number}\n"),
    SERVER_CRASH(Grammar.BEYOND, "", "from 2.14-168 on"),

    // the user and alias functions
    ADD_USER_NO_PERMISSION(
            Grammar.PROVISIONING, "ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS: |{user}|0\n"),
    ADD_USER_REQUIRED_FIELDS(
            Grammar.PROVISIONING,
            "ERROR: add_user YOU MUST USE ALL REQUIRED FIELDS: |{user}|{agent_user}|{agent_pass}|{agent_user_level}|{agent_full_name}|{agent_user_group}\n"),
    ADD_USER_LEVEL_NOT_ALLOWED(
            Grammar.PROVISIONING,
            "ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS IN THIS USER LEVEL: |{user}|{agent_user_level}|{user_level}\n"),
    ADD_USER_GROUP_DOES_NOT_EXIST(
            Grammar.PROVISIONING, "ERROR: add_user USER GROUP DOES NOT EXIST: |{user}|{agent_user_group}\n"),
    ADD_USER_EXISTS(Grammar.PROVISIONING, "ERROR: add_user USER ALREADY EXISTS: |{user}|{agent_user}\n"),
    USER_ADDED(
            Grammar.PROVISIONING,
            "SUCCESS: add_user USER HAS BEEN ADDED - {user}|{agent_user}|{agent_pass}|{agent_user_level}|{agent_full_name}|{agent_user_group}\n"),
    UPDATE_USER_NO_PERMISSION(
            Grammar.PROVISIONING, "ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE USERS: |{user}|0\n"),
    UPDATE_USER_REQUIRED_FIELDS(
            Grammar.PROVISIONING, "ERROR: update_user YOU MUST USE ALL REQUIRED FIELDS: |{user}|{agent_user}|\n"),
    UPDATE_USER_DOES_NOT_EXIST(Grammar.PROVISIONING, "ERROR: update_user USER DOES NOT EXIST: |{user}|{server_ip}\n"),
    UPDATE_USER_NOT_THIS_USER(
            Grammar.PROVISIONING,
            "ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE THIS USER: |{user}|{agent_user}|{comparison}|{user_level}\n\n"),
    UPDATE_USER_NO_DELETE_PERMISSION(
            Grammar.PROVISIONING, "ERROR: update_user USER DOES NOT HAVE PERMISSION TO DELETE USERS: |{user}|0\n"),
    USER_DELETED(Grammar.PROVISIONING, "SUCCESS: update_user USER HAS BEEN DELETED - {user}|{agent_user}|\n"),
    UPDATE_USER_INVALID_FULL_NAME(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID FULL NAME, THIS IS AN OPTIONAL FIELD: |{user}|{agent_full_name}\n"),
    UPDATE_USER_INVALID_USER_LEVEL(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID USER LEVEL, THIS IS AN OPTIONAL FIELD: |{user}|{agent_user_level}|{user_level}|{modify_same_user_level}\n"),
    UPDATE_USER_INVALID_USER_GROUP(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID USER GROUP, THIS IS AN OPTIONAL FIELD: |{user}|{agent_user_group}|{found}\n"),
    UPDATE_USER_INVALID_PHONE_LOGIN(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID PHONE LOGIN, THIS IS AN OPTIONAL FIELD: |{user}|{phone_login}|{phones}|{aliases}\n"),
    UPDATE_USER_INVALID_PHONE_PASSWORD(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID PHONE PASSWORD, THIS IS AN OPTIONAL FIELD: |{user}|{phone_pass}\n"),
    UPDATE_USER_INVALID_HOTKEYS(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID HOTKEYS SETTING, THIS IS AN OPTIONAL FIELD: |{user}|{hotkeys_active}\n"),
    UPDATE_USER_INVALID_VOICEMAIL_ID(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID VOICEMAIL ID, THIS IS AN OPTIONAL FIELD: |{user}|{voicemail_id}\n"),
    UPDATE_USER_INVALID_EMAIL(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID EMAIL, THIS IS AN OPTIONAL FIELD: |{user}|{email}\n"),
    UPDATE_USER_INVALID_CUSTOM_ONE(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID CUSTOM ONE, THIS IS AN OPTIONAL FIELD: |{user}|{custom_one}\n"),
    UPDATE_USER_INVALID_CUSTOM_TWO(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID CUSTOM TWO, THIS IS AN OPTIONAL FIELD: |{user}|{custom_two}\n"),
    UPDATE_USER_INVALID_CUSTOM_THREE(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID CUSTOM THREE, THIS IS AN OPTIONAL FIELD: |{user}|{custom_three}\n"),
    UPDATE_USER_INVALID_CUSTOM_FOUR(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID CUSTOM FOUR, THIS IS AN OPTIONAL FIELD: |{user}|{custom_four}\n"),
    UPDATE_USER_INVALID_CUSTOM_FIVE(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID CUSTOM FIVE, THIS IS AN OPTIONAL FIELD: |{user}|{custom_five}\n"),
    UPDATE_USER_INVALID_ACTIVE(
            Grammar.PROVISIONING,
            "ERROR: update_user ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD: |{user}|{active}\n"),
    UPDATE_USER_INVALID_WRAPUP(
            Grammar.PROVISIONING,
            "ERROR: update_user wrapup_seconds_override MUST BE A VALID DIGIT BETWEEN -1 AND 9999, THIS IS AN OPTIONAL FIELD: |{user}|{wrapup_seconds_override}\n"),
    UPDATE_USER_INVALID_CAMPAIGN_RANK(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID CAMPAIGN RANK, THIS IS AN OPTIONAL FIELD: |{user}|{campaign_rank}\n"),
    UPDATE_USER_INVALID_CAMPAIGN_GRADE(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID CAMPAIGN GRADE, THIS IS AN OPTIONAL FIELD: |{user}|{campaign_grade}\n"),
    UPDATE_USER_INVALID_INGROUP_RANK(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID IN-GROUP RANK, THIS IS AN OPTIONAL FIELD: |{user}|{ingroup_rank}\n",
            "from 2.14-128 on"),
    UPDATE_USER_INVALID_INGROUP_GRADE(
            Grammar.PROVISIONING,
            "ERROR: update_user YOU MUST USE A VALID IN-GROUP GRADE, THIS IS AN OPTIONAL FIELD: |{user}|{ingroup_grade}\n",
            "from 2.14-128 on"),
    CAMPAIGN_RANKS_UPDATED(
            Grammar.PROVISIONING,
            "NOTICE: update_user USER CAMPAIGN RANKS HAVE BEEN UPDATED - {user}|{agent_user}|{campaign_rank}|{campaign_grade}\n",
            "before 2.14-128"),
    CAMPAIGN_RANKS_UPDATED_IN_ONE(
            Grammar.PROVISIONING,
            "NOTICE: update_user USER CAMPAIGN RANKS HAVE BEEN UPDATED - {user}|{agent_user}|{campaign_rank}|{campaign_grade}|{campaign_id}|1\n",
            "before 2.14-128"),
    CAMPAIGN_RANKS_GRADES_UPDATED(
            Grammar.PROVISIONING,
            "NOTICE: update_user USER CAMPAIGN RANKS/GRADES HAVE BEEN UPDATED - {user}|{agent_user}|{campaign_rank}|{campaign_grade}\n",
            "from 2.14-128 on"),
    CAMPAIGN_RANKS_GRADES_UPDATED_IN_ONE(
            Grammar.PROVISIONING,
            "NOTICE: update_user USER CAMPAIGN RANKS/GRADES HAVE BEEN UPDATED - {user}|{agent_user}|{campaign_rank}|{campaign_grade}|{campaign_id}|1\n",
            "from 2.14-128 on"),
    INGROUP_RANKS_GRADES_UPDATED(
            Grammar.PROVISIONING,
            "NOTICE: update_user USER IN-GROUP RANKS/GRADES HAVE BEEN UPDATED - {user}|{agent_user}|{ingroup_rank}|{ingroup_grade}\n",
            "from 2.14-128 on"),
    INGROUP_RANKS_GRADES_UPDATED_IN_ONE(
            Grammar.PROVISIONING,
            "NOTICE: update_user USER IN-GROUP RANKS/GRADES HAVE BEEN UPDATED - {user}|{agent_user}|{ingroup_rank}|{ingroup_grade}|{group_id}|1\n",
            "from 2.14-128 on"),
    PASSWORD_RESET_NO_VALID_EMAIL(
            Grammar.PROVISIONING,
            "NOTICE: update_user USER PASSWORD RESET FAILED: NO VALID EMAIL PROVIDED - {user}|{agent_user}|{email}\n",
            "from 2.14-168 on"),
    PASSWORD_RESET_EMAIL_FAILURE(
            Grammar.PROVISIONING,
            "NOTICE: update_user USER PASSWORD RESET FAILED: EMAIL FAILURE - {user}|{agent_user}|{email}|{php_message}\n",
            "from 2.14-168 on"),

    // needs a working mail system: not recorded, and no scenario states it
    PASSWORD_RESET(
            Grammar.PROVISIONING,
            "NOTICE: update_user USER PASSWORD HAS BEEN RESET - {user}|{agent_user}|{email}\n",
            "from 2.14-168 on"),
    UPDATE_USER_NO_UPDATES(Grammar.PROVISIONING, "ERROR: update_user NO UPDATES DEFINED: |{user}|\n"),
    USER_UPDATED(Grammar.PROVISIONING, "SUCCESS: update_user USER HAS BEEN UPDATED - {user}|{agent_user}|\n"),
    COPY_USER_NO_PERMISSION(
            Grammar.PROVISIONING,
            "ERROR: copy_user USER DOES NOT HAVE PERMISSION TO COPY USERS: |{user}|0\n",
            "from 2.14-128 on"),
    COPY_USER_REQUIRED_FIELDS(
            Grammar.PROVISIONING,
            "ERROR: copy_user YOU MUST USE ALL REQUIRED FIELDS: |{user}|{agent_user}|{agent_pass}|{source_user}|{agent_full_name}\n",
            "from 2.14-128 on"),
    COPY_USER_LEVEL_NOT_ALLOWED(
            Grammar.PROVISIONING,
            "ERROR: copy_user USER DOES NOT HAVE PERMISSION TO COPY USERS IN THIS USER LEVEL: |{user}|{source_level}|{user_level}\n",
            "from 2.14-128 on"),
    COPY_USER_GROUP_DOES_NOT_EXIST(
            Grammar.PROVISIONING,
            "ERROR: copy_user USER GROUP DOES NOT EXIST: |{user}|{source_group}\n",
            "from 2.14-128 on"),
    COPY_USER_EXISTS(
            Grammar.PROVISIONING, "ERROR: copy_user USER ALREADY EXISTS: |{user}|{agent_user}\n", "from 2.14-128 on"),
    USER_COPIED(
            Grammar.PROVISIONING,
            "SUCCESS: copy_user USER HAS BEEN COPIED - {user}|{agent_user}|{agent_pass}|{agent_full_name}|{source_user}\n",
            "from 2.14-128 on"),
    USER_DETAILS_NO_PERMISSION(
            Grammar.PROVISIONING,
            "ERROR: user_details USER DOES NOT HAVE PERMISSION TO GET USER DETAILS: |{user}|0|\n",
            "from 2.14-168 on"),
    USER_DETAILS_INVALID_SEARCH(
            Grammar.PROVISIONING,
            "ERROR: user_details INVALID SEARCH PARAMETERS: {user}|{agent_user}\n",
            "from 2.14-168 on"),
    USER_DETAILS_NOT_FOUND(
            Grammar.PROVISIONING, "ERROR: user_details USER NOT FOUND: {user}|{agent_user}\n", "from 2.14-168 on"),
    ADD_PHONE_ALIAS_NO_PERMISSION(
            Grammar.PROVISIONING,
            "ERROR: add_phone_alias USER DOES NOT HAVE PERMISSION TO ADD PHONE ALIASES: |{user}|0\n"),
    ADD_PHONE_ALIAS_REQUIRED_FIELDS(
            Grammar.PROVISIONING,
            "ERROR: add_phone_alias YOU MUST USE ALL REQUIRED FIELDS: |{user}|{alias_id}|{alias_name}|{phone_logins}\n"),
    PHONE_ALIAS_EXISTS(Grammar.PROVISIONING, "ERROR: add_phone_alias PHONE ALIAS ALREADY EXISTS: |{user}|{alias_id}\n"),
    ADD_PHONE_ALIAS_PHONE_DOES_NOT_EXIST(
            Grammar.PROVISIONING, "ERROR: add_phone_alias PHONE DOES NOT EXIST: |{user}|{login}\n"),
    PHONE_ALIAS_ADDED(
            Grammar.PROVISIONING,
            "SUCCESS: add_phone_alias PHONE ALIAS HAS BEEN ADDED - {user}|{alias_id}|{alias_name}|{phone_logins}\n"),
    UPDATE_PHONE_ALIAS_NO_PERMISSION(
            Grammar.PROVISIONING,
            "ERROR: update_phone_alias USER DOES NOT HAVE PERMISSION TO UPDATE PHONE ALIASES: |{user}|0\n"),
    UPDATE_PHONE_ALIAS_REQUIRED_FIELDS(
            Grammar.PROVISIONING,
            "ERROR: update_phone_alias YOU MUST USE ALL REQUIRED FIELDS: |{user}|{alias_id}|{alias_name}|{phone_logins}\n"),
    PHONE_ALIAS_DOES_NOT_EXIST(
            Grammar.PROVISIONING, "ERROR: update_phone_alias PHONE ALIAS DOES NOT EXIST: |{user}|{alias_id}\n"),
    PHONE_ALIAS_NO_DELETE_PERMISSION(
            Grammar.PROVISIONING,
            "NOTICE: update_phone_alias USER DOES NOT HAVE PERMISSION TO DELETE PHONE ALIASES: |{user}|0\n"),
    PHONE_ALIAS_DELETED(
            Grammar.PROVISIONING, "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN DELETED - {user}|{alias_id}\n"),
    INVALID_ALIAS_NAME(
            Grammar.PROVISIONING, "ERROR: update_phone_alias YOU MUST USE A VALID ALIAS NAME: |{user}|{alias_name}\n"),
    UPDATE_PHONE_ALIAS_PHONE_DOES_NOT_EXIST(
            Grammar.PROVISIONING, "ERROR: update_phone_alias PHONE DOES NOT EXIST: |{user}|{login}\n"),
    PHONE_ALIAS_NO_UPDATES(Grammar.PROVISIONING, "NOTICE: update_phone_alias NO UPDATES DEFINED: |{user}|\n"),
    PHONE_ALIAS_UPDATED(
            Grammar.PROVISIONING, "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN UPDATED - {user}|{alias_id}|\n"),
    ADD_GROUP_ALIAS_NO_PERMISSION(
            Grammar.PROVISIONING,
            "ERROR: add_group_alias USER DOES NOT HAVE PERMISSION TO ADD GROUP ALIASES: |{user}|0\n"),
    ADD_GROUP_ALIAS_REQUIRED_FIELDS(
            Grammar.PROVISIONING,
            "ERROR: add_group_alias YOU MUST USE ALL REQUIRED FIELDS: |{user}|{group_alias_id}|{group_alias_name}|{caller_id_number}\n"),
    GROUP_ALIAS_EXISTS(
            Grammar.PROVISIONING,
            "ERROR: add_group_alias GROUP ALIAS ALREADY EXISTS: |{user}|{group_alias_id}|{caller_id_number}\n"),
    GROUP_ALIAS_ADDED(
            Grammar.PROVISIONING,
            "SUCCESS: add_group_alias GROUP ALIAS HAS BEEN ADDED - {user}|{group_alias_id}|{group_alias_name}|{caller_id_number}\n"),

    // user_details rows come last: having no fixed words, they must not claim another line
    USER_DETAILS(
            Grammar.PROVISIONING, "{agent_user}|{full_name}|{user_group}|{user_level}|{active}\n", "from 2.14-168 on"),
    USER_DETAILS_WITH_HEADER(
            Grammar.PROVISIONING,
            "user|full_name|user_group|user_level|active\n{agent_user}|{full_name}|{user_group}|{user_level}|{active}\n",
            "from 2.14-168 on"),
    USER_DETAILS_CSV(
            Grammar.PROVISIONING, "{agent_user},{full_name},{user_group},{user_level},{active}\n", "from 2.14-168 on"),
    USER_DETAILS_WITH_HEADER_CSV(
            Grammar.PROVISIONING,
            "user,full_name,user_group,user_level,active\n{agent_user},{full_name},{user_group},{user_level},{active}\n",
            "from 2.14-168 on"),
    USER_DETAILS_TAB(
            Grammar.PROVISIONING,
            "{agent_user}\t{full_name}\t{user_group}\t{user_level}\t{active}\n",
            "from 2.14-168 on"),
    USER_DETAILS_WITH_HEADER_TAB(
            Grammar.PROVISIONING,
            "user\tfull_name\tuser_group\tuser_level\tactive\n{agent_user}\t{full_name}\t{user_group}\t{user_level}\t{active}\n",
            "from 2.14-168 on");

    /** Which part of the behaviour references a line belongs to. */
    public enum Grammar {
        /** The update_phone response grammar, which every run should meet. */
        UPDATE_PHONE,
        /** The user and alias functions' answers. */
        PROVISIONING,
        /** Other answers the suite meets: add_phone as far as it uses it, and a release's own crash. */
        BEYOND
    }

    private final Grammar grammar;
    private final String template;
    private final List<String> releases;
    private final Pattern pattern;

    GrammarLine(Grammar grammar, String template) {
        this(grammar, template, List.of());
    }

    /** A line only the releases of this range give, written as release notes write it ("from 2.14-128 on"). */
    GrammarLine(Grammar grammar, String template, String releases) {
        this(grammar, template, ReleaseClasses.known().select(ReleaseRange.parse(releases)));
    }

    private GrammarLine(Grammar grammar, String template, List<String> releases) {
        this.grammar = grammar;
        this.template = template;
        this.releases = releases;
        this.pattern = compile(template);
    }

    /** True for the lines of the update_phone response grammar, which every conformance run should meet. */
    public boolean inUpdatePhoneGrammar() {
        return grammar == Grammar.UPDATE_PHONE;
    }

    public Grammar grammar() {
        return grammar;
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
        Optional<GrammarLine> whole =
                Arrays.stream(values()).filter(l -> l.matches(body)).findFirst();
        if (whole.isPresent() || body.isEmpty()) {
            return whole;
        }
        String trimmed = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
        String last = trimmed.substring(trimmed.lastIndexOf('\n') + 1) + (body.endsWith("\n") ? "\n" : "");
        return Arrays.stream(values())
                .filter(l -> l != SERVER_CRASH && l.matches(last))
                .findFirst();
    }

    /**
     * Every line of the grammar a body holds, in order: the body's own line if it is one as a whole, otherwise
     * one per line (update_user answers a NOTICE line before its final line). Unknown lines are left out.
     */
    public static List<GrammarLine> classifyEach(String body) {
        Optional<GrammarLine> whole =
                Arrays.stream(values()).filter(l -> l.matches(body)).findFirst();
        if (whole.isPresent() || body.isEmpty()) {
            return whole.stream().toList();
        }
        List<GrammarLine> lines = new ArrayList<>();
        for (String line : body.split("(?<=\n)")) {
            Arrays.stream(values())
                    .filter(l -> l != SERVER_CRASH && l.matches(line))
                    .findFirst()
                    .ifPresent(lines::add);
        }
        return lines;
    }

    private static Pattern compile(String template) {
        // a placeholder stands for one data field: anything but the bar and the line break
        StringBuilder regex = new StringBuilder();
        Matcher m = Templates.PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(at, m.start())));
            // user_details prints the stored full name unescaped, bars included
            regex.append(m.group(1).equals("full_name") ? "[^\\n]*" : "[^|\\n]*");
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
