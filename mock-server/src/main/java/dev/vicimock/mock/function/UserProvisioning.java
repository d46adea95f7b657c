package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.answer.Outcome;
import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.call.Params;
import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.release.PhpRuntime;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Tables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What add_user and copy_user share: the permission query, the required-fields rule, the user-level rule, the
 * visible-group rule, the new user's id (AUTOGENERATE) and credentials, and how a value lands in a users column.
 */
final class UserProvisioning {
    /** The permission query of the user functions: {@code modify_users} and level 8 or more. */
    static final Preconditions.Permission MODIFY_USERS = new Preconditions.Permission("modify_users", 8);
    /** The marker in {@code agent_user} that asks for the next free numeric id (case-sensitive). */
    private static final String AUTOGENERATE = "AUTOGENERA";
    /** The step from one AUTOGENERATE candidate to the next. */
    private static final int AUTO_STEP = 7;

    /** A required parameter and its shortest accepted length after filtering. */
    record Required(String param, int minLength) {}

    /** The password the new row stores and its hash column. */
    record Credentials(String pass, String passHash) {}

    private UserProvisioning() {}

    /**
     * YOU MUST USE ALL REQUIRED FIELDS when one is shorter than its minimum, echoing every required value in the
     * given order; null when all are there.
     */
    static Answer required(ApiCall call, String function, List<Required> fields) {
        Params p = call.params();
        boolean missing = false;
        for (Required r : fields) {
            // the real code stops at the first short one, so a later array is never measured
            if (p.strlen(r.param()) < r.minLength()) {
                missing = true;
                break;
            }
        }
        if (!missing) {
            return null;
        }
        List<String> data = new ArrayList<>();
        data.add(call.userParam());
        fields.forEach(r -> data.add(p.text(r.param())));
        return Answer.of(Outcome.REQUIRED_FIELDS, function, data.toArray(String[]::new));
    }

    /**
     * The user-level rule: below level 9 the caller may only handle lower levels; at 9 or more the same level
     * needs {@code modify_same_user_level}. The levels compare as PHP compares the two strings.
     */
    static boolean levelRefused(ApiCall call, String level) {
        Row caller = call.user();
        String callerLevel = caller.textOrEmpty("user_level");
        PhpRuntime runtime = call.release().runtime();
        long own = caller.number("user_level");
        if (own < 9 && compare(callerLevel, level, runtime) <= 0) {
            return true;
        }
        return modifySameLevel(caller) < 1 && own >= 9 && compare(callerLevel, level, runtime) == 0;
    }

    /** The caller's {@code modify_same_user_level} as the PHP code reads it in {@code < 1}. */
    private static int modifySameLevel(Row caller) {
        return "1".equals(caller.text("modify_same_user_level")) ? 1 : 0;
    }

    /**
     * True when the group exists and the caller's {@code admin_viewable_groups} lets it see it; a value that
     * breaks the query finds nothing (PHP 7) or kills the page (PHP 8).
     */
    static boolean groupVisible(ApiCall call, String group) {
        String query = "SELECT count(*) from vicidial_user_groups where user_group='" + group + "';";
        if (brokenQuery(call, group, query)) {
            return false;
        }
        String text = Bytes.toText(group);
        return call.db().userGroups().find(text) != null
                && ViewableGroups.of(call.db(), call.user().textOrEmpty("user_group"))
                        .canSeeGroup(text);
    }

    /**
     * The last check of add_user and copy_user: no user has the new id yet (an AUTOGENERATE request is checked as
     * the literal it is).
     */
    static Answer newUser(ApiCall call, String function) {
        String agentUser = call.params().text("agent_user");
        String query = "SELECT count(*) from vicidial_users where user='" + agentUser + "';";
        if (findUser(call, agentUser, query) != null) {
            return Answer.of(Outcome.USER_EXISTS, function, call.userParam(), agentUser);
        }
        return null;
    }

    /** The users row of that id (case-insensitive), or null; a value that breaks the query finds nothing. */
    static Row findUser(ApiCall call, String id, String query) {
        if (brokenQuery(call, id, query)) {
            return null;
        }
        return call.db().users().find(Bytes.toText(id));
    }

    /**
     * The id the new user gets: the one asked for, or for an id containing AUTOGENERA the first free one from
     * {@code system_settings.auto_user_add_value} on in steps of 7, which is then stored back as the next start.
     */
    static String newUserId(ApiCall call, String agentUser) {
        if (!agentUser.contains(AUTOGENERATE)) {
            return agentUser;
        }
        long candidate = settingNumber(call.db().setting("auto_user_add_value"));
        while (call.db().users().find(Long.toString(candidate)) != null) {
            candidate += AUTO_STEP;
        }
        String id = Long.toString(candidate);
        call.db().putSetting("auto_user_add_value", id);
        return id;
    }

    /**
     * With {@code pass_hash_enabled} the password is hashed by an external helper that this dialer lacks: both
     * the password and the hash are stored empty (and the answer shows the empty password).
     */
    static Credentials credentials(ApiCall call, String agentPass) {
        if (settingNumber(call.db().setting("pass_hash_enabled")) > 0 && agentPass.length() > 1) {
            return new Credentials("", "");
        }
        return new Credentials(agentPass, "");
    }

    /** The value a users column stores for a byte string pasted into the statement. */
    static Object stored(String column, String bytes) {
        return bytes == null ? null : Tables.USERS.store(column, Bytes.toText(bytes));
    }

    /** True when another user already has the id the column makes of {@code stored}: the unique index refuses it. */
    static boolean idTaken(ApiCall call, String storedId) {
        return call.db().users().find(storedId) != null;
    }

    private static boolean brokenQuery(ApiCall call, String value, String query) {
        if (Sql.breaks(value)) {
            Statements.refused(call, query);
            return true;
        }
        return false;
    }

    private static long settingNumber(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** PHP's comparison of two strings: as numbers when both are numeric strings, else byte by byte. */
    static int compare(String a, String b, PhpRuntime runtime) {
        String x = numeric(a, runtime);
        String y = numeric(b, runtime);
        if (x != null && y != null) {
            return new BigDecimal(x).compareTo(new BigDecimal(y));
        }
        return Integer.signum(a.compareTo(b));
    }

    /** The number a numeric string holds (without the whitespace PHP allows around it), or null. */
    private static String numeric(String s, PhpRuntime runtime) {
        String t = s.replaceFirst("^[ \\t\\n\\r\\x0B\\f]+", "");
        if (runtime.crashesOnSloppyInput()) {
            t = t.replaceFirst("[ \\t\\n\\r\\x0B\\f]+$", "");
        }
        return PhpRuntime.NUMERIC_STRING.matcher(t).matches() ? t : null;
    }
}
