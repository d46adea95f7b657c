package dev.vicimock.conformance.target;

import java.util.Arrays;

/**
 * The kinds of API user the suite needs. On a real server each is a user the operator names in the
 * configuration ({@code vicidial.user.ROLE} / {@code vicidial.pass.ROLE}); on the simulator each maps onto one of
 * the seed users.
 */
public enum Role {
    /** May update and delete phones and sees every phone group. */
    ADMIN("admin", "the admin", "6666"),
    /** May update phones but not delete them ({@code ast_delete_phones=0}). */
    NO_DELETE("no_delete", "the no_delete user", "7878"),
    /** Logs in ({@code user_level} 7) but may not update phones (that needs 8). */
    LEVEL7("level7", "the level7 user", "5555"),
    /** Level 9 without {@code ast_admin_access}. */
    NO_AST_ADMIN("no_ast_admin", "the no_ast_admin user", "4444"),
    /** Level 9 without {@code vdc_agent_api_access}. */
    NO_API_ACCESS("no_api_access", "the no_api_access user", "3333"),
    /** Level 9 whose {@code api_allowed_functions} does not list update_phone. */
    FUNCTION_RESTRICTED("function_restricted", "the function_restricted user", "2222"),
    /** Level 9 whose user group sees only some phone groups ({@code admin_viewable_groups}). */
    LIMITED_GROUP("limited_group", "the limited_group user", "1111"),
    /**
     * Level 9 with {@code modify_users}, {@code delete_users}, {@code ast_admin_access}, {@code ast_delete_phones}
     * and {@code view_reports}, in a group that sees every group: creates the test users and aliases, and deletes
     * them after each scenario.
     */
    USER_ADMIN("user_admin", "the user_admin", "8001"),
    /** As the user_admin, but without {@code delete_users}. */
    USER_NO_DELETE("user_no_delete", "the user_no_delete user", "8002"),
    /** Level 8 with {@code modify_users} and {@code modify_same_user_level}: manages users up to level 8 only. */
    USER_LEVEL8("user_level8", "the user_level8 user", "8004");

    private final String key;
    private final String phrase;
    private final String simulatorUser;

    Role(String key, String phrase, String simulatorUser) {
        this.key = key;
        this.phrase = phrase;
        this.simulatorUser = simulatorUser;
    }

    /** The name used in settings: {@code vicidial.user.<key>}. */
    public String key() {
        return key;
    }

    /** How feature files name the role, e.g. "the no_delete user". */
    public String phrase() {
        return phrase;
    }

    /** The seed user that plays this role on the simulator. */
    String simulatorUser() {
        return simulatorUser;
    }

    public String userSetting() {
        return "vicidial.user." + key;
    }

    public String passSetting() {
        return "vicidial.pass." + key;
    }

    public static Role fromPhrase(String phrase) {
        return Arrays.stream(values())
                .filter(r -> r.phrase.equals(phrase))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no role is called '" + phrase + "'"));
    }
}
