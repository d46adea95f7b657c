package dev.vicimock.bench.workload;

/**
 * Request targets and expected answers of the benchmark, against the default seed state
 * (user 6666 / 1234, server 10.0.9.8, phone cc100).
 */
public final class ApiTargets {
    /**
     * The API path both servers are loaded on: the default dialer's, or with {@code -Dbench.api-path=...} another,
     * e.g. {@code /dialers/bench/vicidial/non_agent_api.php} to measure an isolated dialer (the baseline's stub
     * answers the same path, so the ratio still compares the same WireMock work).
     */
    public static final String PATH = System.getProperty("bench.api-path", "/vicidial/non_agent_api.php");
    /** The simulator's admin routes of the dialer {@link #PATH} belongs to (state, reset). */
    public static final String ADMIN =
            PATH.startsWith("/dialers/") ? "/__admin/vicidial/dialers/" + PATH.split("/")[2] : "/__admin/vicidial";

    private static final String AUTH = PATH + "?source=test&user=6666&pass=1234";
    public static final String SERVER_IP = "10.0.9.8";

    /** The update every measurement of the baseline and of "update-success" sends; names alternate. */
    public static String updateSuccess(String fullName) {
        return AUTH + "&function=update_phone&extension=cc100&server_ip=" + SERVER_IP + "&phone_full_name=" + fullName;
    }

    public static final String UPDATE_SUCCESS_BODY =
            "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|\n";

    public static final String UPDATE_ERROR = AUTH + "&function=update_phone&extension=zz999&server_ip=" + SERVER_IP;

    public static final String UPDATE_ERROR_BODY =
            "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |6666|10.0.9.8|zz999\n";

    public static String addPhone(String extension) {
        return AUTH + "&function=add_phone&extension=" + extension
                + "&dialplan_number=200&voicemail_id=200&phone_login=" + extension
                + "&phone_pass=test&server_ip=" + SERVER_IP
                + "&protocol=SIP&registration_password=test&phone_full_name=Bench&local_gmt=-5.00"
                + "&outbound_cid=7275551212";
    }

    public static String addPhoneBody(String extension) {
        return "SUCCESS: add_phone PHONE HAS BEEN ADDED - 6666|" + extension + "|10.0.9.8|SIP|200\n";
    }

    public static String deletePhone(String extension) {
        return AUTH + "&function=update_phone&extension=" + extension + "&server_ip=" + SERVER_IP + "&delete_phone=Y";
    }

    public static String deletePhoneBody(String extension) {
        return "SUCCESS: update_phone PHONE HAS BEEN DELETED - 6666|" + extension + "|10.0.9.8|\n";
    }

    /** user 8001 of the seed may add, change and delete users */
    private static final String USER_ADMIN = PATH + "?source=test&user=8001&pass=1234";

    public static String addUser(String agent) {
        return USER_ADMIN + "&function=add_user&agent_user=" + agent + "&agent_pass=pw" + agent
                + "&agent_user_level=1&agent_full_name=Bench&agent_user_group=AGENTS";
    }

    public static String addUserBody(String agent) {
        return "SUCCESS: add_user USER HAS BEEN ADDED - 8001|" + agent + "|pw" + agent + "|1|Bench|AGENTS\n";
    }

    public static String deleteUser(String agent) {
        return USER_ADMIN + "&function=update_user&agent_user=" + agent + "&delete_user=Y";
    }

    public static String deleteUserBody(String agent) {
        return "SUCCESS: update_user USER HAS BEEN DELETED - 8001|" + agent + "|\n";
    }

    public static final String VERSION = PATH + "?function=version";

    public static final String VERSION_PREFIX = "VERSION: ";

    private ApiTargets() {}
}
