package dev.vicimock.mock.robust;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The response grammar of update_phone, add_phone, the user and alias functions and the pipeline, written down
 * independently of the
 * simulator's own {@code Outcome} table: every HTTP 200 body of the API is one of these lines, optionally
 * preceded by {@code DB=1} debug output.
 */
final class ResponseGrammar {
    /** One echoed value after the input filters: no filter lets a pipe or a line break through... */
    private static final String D = "[^|\\n]*+";

    private static final String FN = "(?:update_phone|add_phone|add_user|update_user|copy_user|user_details"
            + "|add_phone_alias|update_phone_alias|add_group_alias)";
    private static final String UP = "update_phone";
    private static final String OPTIONAL = ", THIS IS AN OPTIONAL FIELD";
    /** The NOTICE lines update_user may write before its last line (rank blocks, a failed password reset). */
    private static final String NOTICES = "(?:NOTICE: update_user (?:USER CAMPAIGN RANKS(?:/GRADES)? HAVE BEEN UPDATED"
            + "|USER IN-GROUP RANKS/GRADES HAVE BEEN UPDATED) - {D}(?:\\|{D}){3}(?:\\|{D}\\|1)?\\n"
            + "|NOTICE: update_user USER PASSWORD RESET FAILED: (?:NO VALID EMAIL PROVIDED - {D}(?:\\|{D}){2}"
            + "|EMAIL FAILURE - {D}(?:\\|{D}){3})\\n){0,3}";

    private static final String USER_FIELDS = "FULL NAME|USER LEVEL|USER GROUP|PHONE LOGIN|PHONE PASSWORD"
            + "|HOTKEYS SETTING|VOICEMAIL ID|EMAIL|CUSTOM (?:ONE|TWO|THREE|FOUR|FIVE)|CAMPAIGN RANK|CAMPAIGN GRADE"
            + "|IN-GROUP RANK|IN-GROUP GRADE";

    private static final List<String> LINES = List.of(
            "ERROR: Login incorrect, please try again: \\|{D}\\|{D}\\|BAD\\|",
            "ERROR: Too many login attempts, try again in 15 minutes: \\|{D}\\|LOCK\\|",
            "ERROR: Invalid Source - {D}\\nERROR: Invalid Source: \\|{D}\\|",
            "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: \\|{D}\\|{FN}\\|",
            "ERROR: update_phone USER DOES NOT HAVE PERMISSION TO UPDATE PHONES: \\|{D}\\|0",
            "ERROR: add_phone USER DOES NOT HAVE PERMISSION TO ADD PHONES: \\|{D}\\|0",
            "ERROR: {UP} YOU MUST USE ALL REQUIRED FIELDS: \\|{D}\\|{D}\\|{D}",
            "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: \\|{D}(?:\\|{D}){11}",
            "ERROR: {FN} SERVER DOES NOT EXIST: \\|{D}\\|{D}",
            "ERROR: {UP} PHONE DOES NOT EXIST ON THIS SERVER: \\|{D}\\|{D}\\|{D}",
            "ERROR: add_phone PHONE ALREADY EXISTS ON THIS SERVER: \\|{D}\\|{D}\\|{D}",
            "ERROR: add_phone PHONE LOGIN ALREADY EXISTS: \\|{D}\\|{D}",
            "NOTICE: {UP} USER DOES NOT HAVE PERMISSION TO DELETE PHONES: \\|{D}\\|0",
            "SUCCESS: {UP} PHONE HAS BEEN DELETED - {D}\\|{D}\\|{D}\\|",
            "ERROR: {FN} YOU MUST USE A VALID TIMEZONE: \\|{D}\\|{D}",
            "ERROR: {UP} YOU MUST USE A VALID (?:EMAIL|PHONE CONTEXT|PHONE NAME|REGISTRATION PASSWORD|PROTOCOL"
                    + "|PHONE PASSWORD|VOICEMAIL NUMBER|DIALPLAN NUMBER): \\|{D}\\|{D}",
            "ERROR: {UP} LOGIN ALREADY EXISTS: \\|{D}\\|{D}",
            "ERROR: {UP} ACTIVE MUST BE Y OR N" + OPTIONAL + ": \\|{D}\\|{D}",
            "ERROR: {UP} OUTBOUND CID MUST BE FROM 6 TO 18 DIGITS" + OPTIONAL + ": \\|{D}\\|{D}",
            "ERROR: {UP} USER GROUP MUST BE FROM 2 TO 20 CHARACTERS" + OPTIONAL + ": \\|{D}\\|{D}",
            "ERROR: {UP} OUTBOUND ALT CID MUST BE FROM 6 TO 18 DIGITS" + OPTIONAL + ": \\|{D}\\|{D}",
            "ERROR: {UP} PHONE RING TIMEOUT MUST BE FROM 2 TO 180 SECONDS" + OPTIONAL + ": \\|{D}\\|{D}",
            "ERROR: {UP} DELETE VOICEMAIL AFTER EMAIL MUST BE Y OR N" + OPTIONAL + ": \\|{D}\\|{D}",
            "ERROR: {FN} TEMPLATE ID DOES NOT EXIST" + OPTIONAL + ": \\|{D}\\|{D}\\|{D}",
            "NOTICE: {UP} NO UPDATES DEFINED: \\|{D}\\|",
            "SUCCESS: {UP} PHONE HAS BEEN UPDATED - {D}\\|{D}\\|{D}\\|",
            "SUCCESS: add_phone PHONE HAS BEEN ADDED - {D}\\|{D}\\|{D}\\|{D}\\|{D}",
            "ERROR: NO FUNCTION SPECIFIED",
            // the user and alias functions
            "ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS: \\|{D}\\|0",
            "ERROR: add_user YOU MUST USE ALL REQUIRED FIELDS: \\|{D}(?:\\|{D}){5}",
            "ERROR: (?:add|copy)_user USER DOES NOT HAVE PERMISSION TO (?:ADD|COPY) USERS IN THIS USER LEVEL: "
                    + "\\|{D}\\|{D}\\|{D}",
            "ERROR: (?:add|copy)_user USER GROUP DOES NOT EXIST: \\|{D}\\|{D}",
            "ERROR: (?:add|copy)_user USER ALREADY EXISTS: \\|{D}\\|{D}",
            "SUCCESS: add_user USER HAS BEEN ADDED - {D}(?:\\|{D}){5}",
            "ERROR: update_user USER DOES NOT HAVE PERMISSION TO (?:UPDATE|DELETE) USERS: \\|{D}\\|0",
            "ERROR: update_user YOU MUST USE ALL REQUIRED FIELDS: \\|{D}\\|{D}\\|",
            "ERROR: update_user USER DOES NOT EXIST: \\|{D}\\|{D}",
            // the real code ends this line's data with a line break of its own: an empty line follows
            "ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE THIS USER: \\|{D}\\|{D}\\|<=?\\|{D}\\n",
            "SUCCESS: update_user USER HAS BEEN DELETED - {D}\\|{D}\\|",
            "{NOTICES}ERROR: update_user YOU MUST USE A VALID (?:" + USER_FIELDS + ")" + OPTIONAL
                    + ": \\|{D}(?:\\|{D}){1,4}",
            "ERROR: update_user ACTIVE MUST BE Y OR N" + OPTIONAL + ": \\|{D}\\|{D}",
            "ERROR: update_user wrapup_seconds_override MUST BE A VALID DIGIT BETWEEN -1 AND 9999" + OPTIONAL
                    + ": \\|{D}\\|{D}",
            "{NOTICES}ERROR: update_user NO UPDATES DEFINED: \\|{D}\\|",
            "{NOTICES}SUCCESS: update_user USER HAS BEEN UPDATED - {D}\\|{D}\\|",
            "ERROR: copy_user USER DOES NOT HAVE PERMISSION TO COPY USERS: \\|{D}\\|0",
            "ERROR: copy_user YOU MUST USE ALL REQUIRED FIELDS: \\|{D}(?:\\|{D}){4}",
            "SUCCESS: copy_user USER HAS BEEN COPIED - {D}(?:\\|{D}){4}",
            "ERROR: user_details USER DOES NOT HAVE PERMISSION TO GET USER DETAILS: \\|{D}\\|0\\|",
            "ERROR: user_details (?:INVALID SEARCH PARAMETERS|USER NOT FOUND): {D}\\|{D}",
            // user_details' row (values unescaped), with its header line when asked for
            "(?:user\\|full_name\\|user_group\\|user_level\\|active\\n)?{D}(?:\\|{D}){4}",
            "(?:user,full_name,user_group,user_level,active\\n)?[^\\n]*+",
            "(?:user\\tfull_name\\tuser_group\\tuser_level\\tactive\\n)?[^\\n]*+",
            "ERROR: (?:add|update)_phone_alias USER DOES NOT HAVE PERMISSION TO (?:ADD|UPDATE) PHONE ALIASES: \\|{D}\\|0",
            "ERROR: (?:add|update)_phone_alias YOU MUST USE ALL REQUIRED FIELDS: \\|{D}(?:\\|{D}){3}",
            "ERROR: add_phone_alias PHONE ALIAS ALREADY EXISTS: \\|{D}\\|{D}",
            "ERROR: (?:add|update)_phone_alias PHONE DOES NOT EXIST: \\|{D}\\|{D}",
            "SUCCESS: add_phone_alias PHONE ALIAS HAS BEEN ADDED - {D}(?:\\|{D}){3}",
            "ERROR: update_phone_alias PHONE ALIAS DOES NOT EXIST: \\|{D}\\|{D}",
            "NOTICE: update_phone_alias USER DOES NOT HAVE PERMISSION TO DELETE PHONE ALIASES: \\|{D}\\|0",
            "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN DELETED - {D}\\|{D}",
            "ERROR: update_phone_alias YOU MUST USE A VALID ALIAS NAME: \\|{D}\\|{D}",
            "NOTICE: update_phone_alias NO UPDATES DEFINED: \\|{D}\\|",
            "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN UPDATED - {D}\\|{D}\\|",
            "ERROR: add_group_alias USER DOES NOT HAVE PERMISSION TO ADD GROUP ALIASES: \\|{D}\\|0",
            "ERROR: add_group_alias YOU MUST USE ALL REQUIRED FIELDS: \\|{D}(?:\\|{D}){3}",
            "ERROR: add_group_alias GROUP ALIAS ALREADY EXISTS: \\|{D}\\|{D}\\|{D}",
            "SUCCESS: add_group_alias GROUP ALIAS HAS BEEN ADDED - {D}(?:\\|{D}){3}");

    /**
     * The debug output {@code DB} puts first: the auth query (only when DB is a number above 0), then statements
     * between pipes (for any DB PHP finds true, such as {@code 00}).
     */
    private static final String DEBUG = "(?:DEBUG: auth query - SELECT [^\\n]*;\\n)?(?:\\|[^\\n]*\\|\\n)*";

    private static final Pattern PLAIN = compile(false, D);
    private static final Pattern WITH_DEBUG = compile(true, D);
    /**
     * ...except on 2.14-167 and earlier with use_non_latin=1, which filter only user, pass and source, if at all:
     * there a value may hold anything, so only the line up to its first value is checked.
     */
    private static final Pattern LOOSE = Pattern.compile(prefixes());

    private static final Pattern VERSION = Pattern.compile(
            "VERSION: 2\\.14-\\d+\\|BUILD: \\d{6}-\\d{4}\\|"
                    + "DATE: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\|EPOCH: \\d+\\|DST: [01]\\|TZ: [^|\\n]*\\|TZNOW: [^|\\n]*\\|\\n");
    private static final Pattern TEAPOT =
            Pattern.compile("Coffee: (?:coffee|start_coffee|make_coffee|brew_coffee)\\|Error 418 I'm a teapot");

    private ResponseGrammar() {}

    /**
     * Whether a 200 body is a grammar answer; debug output only when the request carried {@code DB};
     * {@code looseEcho} for a release and setting whose filters let any character but a few through.
     */
    static boolean isAnswer(String body, boolean debugAllowed, boolean looseEcho) {
        if (VERSION.matcher(body).matches()) {
            return true;
        }
        if (looseEcho) {
            Matcher m = LOOSE.matcher(body);
            return body.endsWith("\n") && (debugAllowed ? m.find() : m.lookingAt());
        }
        return (debugAllowed ? WITH_DEBUG : PLAIN).matcher(body).matches();
    }

    static boolean isTeapot(String body) {
        return TEAPOT.matcher(body).matches();
    }

    private static String prefixes() {
        StringBuilder any = new StringBuilder("(?m)^(?:");
        for (int i = 0; i < LINES.size(); i++) {
            String line =
                    LINES.get(i).replace("{NOTICES}", "").replace("{FN}", FN).replace("{UP}", UP);
            int cut = line.indexOf("{D}");
            any.append(i > 0 ? "|" : "")
                    .append("(?:")
                    .append(cut < 0 ? line : line.substring(0, cut))
                    .append(')');
        }
        return any.append(')').toString();
    }

    private static Pattern compile(boolean debug, String value) {
        StringBuilder any = new StringBuilder();
        for (String line : LINES) {
            if (any.length() > 0) {
                any.append('|');
            }
            any.append("(?:")
                    .append(line.replace("{NOTICES}", NOTICES)
                            .replace("{FN}", FN)
                            .replace("{UP}", UP)
                            .replace("{D}", value))
                    .append(')');
        }
        return Pattern.compile((debug ? "(?:" + DEBUG + ")?" : "") + "(?:" + any + ")\\n", Pattern.DOTALL);
    }
}
