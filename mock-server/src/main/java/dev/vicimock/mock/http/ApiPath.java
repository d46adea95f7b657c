package dev.vicimock.mock.http;

/**
 * The paths the simulated {@code non_agent_api.php} answers on: the default dialer's
 * {@code /vicidial/non_agent_api.php}, and {@code /dialers/NAME/vicidial/non_agent_api.php} for an isolated dialer
 * of its own. The name is one path segment, so that a client that takes only a base URL can address a dialer; it is
 * read without a regular expression, since every API request is read once.
 */
public final class ApiPath {
    /** The real script's path, and the default dialer's. */
    public static final String DEFAULT = "/vicidial/non_agent_api.php";
    /** What comes before a dialer's name. */
    public static final String DIALERS = "/dialers/";
    /** The longest dialer name. */
    public static final int MAX_NAME = 64;
    /** A dialer's API path as a regular expression (WireMock's {@code urlPathMatching}). */
    public static final String DIALER_PATTERN =
            "/dialers/(?!\\.\\.?/)[A-Za-z0-9_.-]{1," + MAX_NAME + "}/vicidial/non_agent_api\\.php";
    /** What a name may be, said in errors. */
    public static final String NAME_RULE = "1-" + MAX_NAME + " of A-Z a-z 0-9 _ . - (not . or ..)";

    private ApiPath() {}

    /**
     * The dialer a request path addresses: "" for the default path, the name for a dialer's path, null for a path
     * that is not the API's.
     */
    public static String dialerOf(String path) {
        if (path == null) {
            return null;
        }
        if (path.equals(DEFAULT)) {
            return "";
        }
        if (!path.startsWith(DIALERS) || !path.endsWith(DEFAULT)) {
            return null;
        }
        int end = path.length() - DEFAULT.length();
        if (end <= DIALERS.length()) {
            return null;
        }
        String name = path.substring(DIALERS.length(), end);
        return validName(name) ? name : null;
    }

    /** Whether a path (without its query) is one the API answers on. */
    public static boolean isApi(String path) {
        return dialerOf(path) != null;
    }

    /** The API path of a dialer; the default path for "". */
    public static String of(String dialer) {
        return dialer.isEmpty() ? DEFAULT : DIALERS + dialer + DEFAULT;
    }

    /** Whether {@code name} can name a dialer: {@link #NAME_RULE}. */
    public static boolean validName(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_NAME || name.equals(".") || name.equals("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '_'
                    || c == '.'
                    || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
