package dev.vicimock.conformance.target;

/**
 * A phone the suite creates for a scenario. Its name is the run prefix plus a letter, so it cannot be anybody
 * else's phone; the passwords are random per run and masked in reports.
 *
 * @param alias      how the scenario calls it: "" for "the phone", or a letter ("B")
 * @param extension  its extension, also its login
 * @param serverIp   the server it is on
 * @param dialplanNumber   its dialplan number
 * @param voicemailId      its voicemail box
 * @param phonePass        its SIP password (phone_pass)
 * @param registrationPassword its registration password (conf_secret)
 * @param fullName   its full name
 */
public record TestPhone(
        String alias,
        String extension,
        String serverIp,
        String dialplanNumber,
        String voicemailId,
        String phonePass,
        String registrationPassword,
        String fullName) {

    /** Test phones use their extension as login. */
    public String login() {
        return extension;
    }

    /** The time zone every test phone is created with. */
    public static final String LOCAL_GMT = "-5.00";
    /** The caller id every test phone is created with. */
    public static final String OUTBOUND_CID = "7275551212";
    /** The protocol every test phone is created with. */
    public static final String PROTOCOL = "SIP";

    public String key() {
        return extension + "@" + serverIp;
    }

    @Override
    public String toString() {
        return "TestPhone[" + key() + "]";
    }
}
