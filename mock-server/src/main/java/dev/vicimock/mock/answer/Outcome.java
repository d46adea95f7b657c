package dev.vicimock.mock.answer;

/**
 * Every line of the response grammar the simulator can give: its result word, its reason text and how its
 * data is attached. Adding a line to the grammar means adding a constant here, nothing else.
 */
public enum Outcome {
    LOGIN_INCORRECT("ERROR", "Login incorrect, please try again", Form.COLON, true),
    LOGIN_LOCKED("ERROR", "Too many login attempts, try again in 15 minutes", Form.COLON, true),
    INVALID_SOURCE_DASH("ERROR", "Invalid Source", Form.DASH, false),
    INVALID_SOURCE("ERROR", "Invalid Source", Form.COLON, true),
    FUNCTION_NOT_ALLOWED("ERROR", "USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION", Form.COLON, true),
    NO_FUNCTION("ERROR", "NO FUNCTION SPECIFIED", Form.NONE, false),

    NO_PERMISSION_UPDATE("ERROR", "USER DOES NOT HAVE PERMISSION TO UPDATE PHONES", Form.COLON, false),
    NO_PERMISSION_ADD("ERROR", "USER DOES NOT HAVE PERMISSION TO ADD PHONES", Form.COLON, false),
    REQUIRED_FIELDS("ERROR", "YOU MUST USE ALL REQUIRED FIELDS", Form.COLON, false),
    SERVER_MISSING("ERROR", "SERVER DOES NOT EXIST", Form.COLON, false),
    PHONE_MISSING("ERROR", "PHONE DOES NOT EXIST ON THIS SERVER", Form.COLON, false),
    PHONE_EXISTS("ERROR", "PHONE ALREADY EXISTS ON THIS SERVER", Form.COLON, false),
    NO_PERMISSION_DELETE("NOTICE", "USER DOES NOT HAVE PERMISSION TO DELETE PHONES", Form.COLON, false),
    INVALID_TIMEZONE("ERROR", "YOU MUST USE A VALID TIMEZONE", Form.COLON, false),
    INVALID_EMAIL("ERROR", "YOU MUST USE A VALID EMAIL", Form.COLON, false),
    INVALID_PHONE_CONTEXT("ERROR", "YOU MUST USE A VALID PHONE CONTEXT", Form.COLON, false),
    INVALID_PHONE_NAME("ERROR", "YOU MUST USE A VALID PHONE NAME", Form.COLON, false),
    INVALID_REGISTRATION_PASSWORD("ERROR", "YOU MUST USE A VALID REGISTRATION PASSWORD", Form.COLON, false),
    INVALID_PROTOCOL("ERROR", "YOU MUST USE A VALID PROTOCOL", Form.COLON, false),
    INVALID_PHONE_PASSWORD("ERROR", "YOU MUST USE A VALID PHONE PASSWORD", Form.COLON, false),
    LOGIN_EXISTS("ERROR", "LOGIN ALREADY EXISTS", Form.COLON, false),
    PHONE_LOGIN_EXISTS("ERROR", "PHONE LOGIN ALREADY EXISTS", Form.COLON, false),
    INVALID_VOICEMAIL("ERROR", "YOU MUST USE A VALID VOICEMAIL NUMBER", Form.COLON, false),
    INVALID_DIALPLAN("ERROR", "YOU MUST USE A VALID DIALPLAN NUMBER", Form.COLON, false),
    INVALID_ACTIVE("ERROR", "ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD", Form.COLON, false),
    INVALID_OUTBOUND_CID("ERROR", "OUTBOUND CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD", Form.COLON, false),
    INVALID_USER_GROUP("ERROR", "USER GROUP MUST BE FROM 2 TO 20 CHARACTERS, THIS IS AN OPTIONAL FIELD", Form.COLON, false),
    INVALID_OUTBOUND_ALT_CID("ERROR", "OUTBOUND ALT CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD",
            Form.COLON, false),
    INVALID_RING_TIMEOUT("ERROR", "PHONE RING TIMEOUT MUST BE FROM 2 TO 180 SECONDS, THIS IS AN OPTIONAL FIELD",
            Form.COLON, false),
    INVALID_DELETE_VM("ERROR", "DELETE VOICEMAIL AFTER EMAIL MUST BE Y OR N, THIS IS AN OPTIONAL FIELD",
            Form.COLON, false),
    TEMPLATE_MISSING("ERROR", "TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD", Form.COLON, false),
    NO_UPDATES("NOTICE", "NO UPDATES DEFINED", Form.COLON, true),
    PHONE_UPDATED("SUCCESS", "PHONE HAS BEEN UPDATED", Form.DASH, true),
    PHONE_DELETED("SUCCESS", "PHONE HAS BEEN DELETED", Form.DASH, true),
    PHONE_ADDED("SUCCESS", "PHONE HAS BEEN ADDED", Form.DASH, false),

    NO_PERMISSION_ADD_USERS("ERROR", "USER DOES NOT HAVE PERMISSION TO ADD USERS", Form.COLON, false),
    NO_PERMISSION_ADD_USER_LEVEL("ERROR", "USER DOES NOT HAVE PERMISSION TO ADD USERS IN THIS USER LEVEL",
            Form.COLON, false),
    NO_PERMISSION_COPY_USERS("ERROR", "USER DOES NOT HAVE PERMISSION TO COPY USERS", Form.COLON, false),
    NO_PERMISSION_COPY_USER_LEVEL("ERROR", "USER DOES NOT HAVE PERMISSION TO COPY USERS IN THIS USER LEVEL",
            Form.COLON, false),
    USER_GROUP_MISSING("ERROR", "USER GROUP DOES NOT EXIST", Form.COLON, false),
    USER_EXISTS("ERROR", "USER ALREADY EXISTS", Form.COLON, false),
    USER_ADDED("SUCCESS", "USER HAS BEEN ADDED", Form.DASH, false),
    USER_COPIED("SUCCESS", "USER HAS BEEN COPIED", Form.DASH, false);

    /** How data follows the reason: {@code REASON: |a|b}, {@code REASON - a|b}, or not at all. */
    public enum Form { COLON, DASH, NONE }

    private final String word;
    private final String reason;
    private final Form form;
    private final boolean trailingPipe;

    Outcome(String word, String reason, Form form, boolean trailingPipe) {
        this.word = word;
        this.reason = reason;
        this.form = form;
        this.trailingPipe = trailingPipe;
    }

    public String word() {
        return word;
    }

    public String reason() {
        return reason;
    }

    public Form form() {
        return form;
    }

    public boolean trailingPipe() {
        return trailingPipe;
    }
}
