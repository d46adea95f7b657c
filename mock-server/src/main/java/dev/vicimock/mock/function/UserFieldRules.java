package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Outcome;
import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.call.PhpCrash;
import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.release.Capability;
import dev.vicimock.mock.release.PhpRuntime;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Tables;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

/**
 * update_user's optional fields as an ordered list of rules, in the order the real code checks them and pastes
 * them into its UPDATE: the parameter, the users column it sets, the check its value must pass and the error a
 * failure answers. {@code --BLANK--} clears a column where the rule allows it.
 */
final class UserFieldRules {
    static final String BLANK = "--BLANK--";

    /** What a check sees: the call, the caller's level rights and its viewable groups. */
    record Context(ApiCall call, String callerLevel, String callerModifySameLevel, ViewableGroups viewable) {
        PhpRuntime php() {
            return call.release().runtime();
        }
    }

    /** A value check: null when the value passes, else the error's data after the {@code user} echo. */
    @FunctionalInterface
    interface Check {
        List<String> refuse(Context c, String value);
    }

    /**
     * One optional field.
     *
     * @param needs       the capability a release needs to know the field at all, or null
     * @param blankClears whether {@code --BLANK--} clears the column on a release
     */
    record Rule(
            String param,
            String column,
            Check check,
            Outcome invalid,
            Capability needs,
            Predicate<Release> blankClears) {
        boolean knownBy(Release r) {
            return needs == null || r.has(needs);
        }
    }

    private static final Predicate<Release> NEVER = r -> false;
    private static final Predicate<Release> ALWAYS = r -> true;
    private static final Check ANY = (c, v) -> null;

    /** The rules, in the real order. */
    static final List<Rule> RULES = List.of(
            new Rule("agent_pass", "pass", ANY, null, null, NEVER),
            blankable("agent_full_name", "full_name", length(1, 50), Outcome.INVALID_FULL_NAME),
            new Rule("agent_user_level", "user_level", UserFieldRules::level, Outcome.INVALID_USER_LEVEL, null, NEVER),
            new Rule(
                    "agent_user_group",
                    "user_group",
                    UserFieldRules::group,
                    Outcome.INVALID_USER_GROUP_OPTIONAL,
                    null,
                    NEVER),
            blankable("phone_login", "phone_login", UserFieldRules::phoneLogin, Outcome.INVALID_PHONE_LOGIN),
            blankable("phone_pass", "phone_pass", length(1, 20), Outcome.INVALID_PHONE_PASSWORD_OPTIONAL),
            new Rule("hotkeys_active", "hotkeys_active", between(0, 1), Outcome.INVALID_HOTKEYS, null, NEVER),
            new Rule(
                    "voicemail_id",
                    "voicemail_id",
                    length(2, 10),
                    Outcome.INVALID_VOICEMAIL_ID,
                    null,
                    r -> r.has(Capability.USER_UPDATE_EXTRAS)),
            blankable("email", "email", length(5, 100), Outcome.INVALID_EMAIL_OPTIONAL),
            blankable("custom_one", "custom_one", length(0, 100), Outcome.INVALID_CUSTOM_ONE),
            blankable("custom_two", "custom_two", length(0, 100), Outcome.INVALID_CUSTOM_TWO),
            blankable("custom_three", "custom_three", length(0, 100), Outcome.INVALID_CUSTOM_THREE),
            blankable("custom_four", "custom_four", length(0, 100), Outcome.INVALID_CUSTOM_FOUR),
            blankable("custom_five", "custom_five", length(0, 100), Outcome.INVALID_CUSTOM_FIVE),
            new Rule(
                    "active",
                    "active",
                    (c, v) -> v.equals("Y") || v.equals("N") ? null : List.of(v),
                    Outcome.INVALID_ACTIVE,
                    null,
                    NEVER),
            new Rule(
                    "wrapup_seconds_override",
                    "wrapup_seconds_override",
                    between(-1, 9999),
                    Outcome.INVALID_WRAPUP,
                    null,
                    NEVER),
            new Rule("in_groups", "closer_campaigns", ANY, null, Capability.USER_UPDATE_EXTRAS, NEVER));

    private UserFieldRules() {}

    private static Rule blankable(String param, String column, Check check, Outcome invalid) {
        return new Rule(param, column, check, invalid, null, ALWAYS);
    }

    /** The value's byte length must be min..max. */
    private static Check length(int min, int max) {
        return (c, v) -> v.length() < min || v.length() > max ? List.of(v) : null;
    }

    /** The value must lie in min..max under PHP's loose comparison of a string with a number. */
    private static Check between(long min, long max) {
        return (c, v) -> c.php().compare(v, min) < 0 || c.php().compare(v, max) > 0 ? List.of(v) : null;
    }

    /** 1..9, not above the caller's level, and equal only when the caller may modify its own level. */
    private static List<String> level(Context c, String v) {
        PhpRuntime php = c.php();
        int toCaller = php.compare(v, c.callerLevel());
        boolean refused = php.compare(v, 9) > 0
                || php.compare(v, 1) < 0
                || toCaller > 0
                || (toCaller == 0 && php.compare(c.callerModifySameLevel(), 1) < 0);
        return refused ? List.of(v, c.callerLevel(), c.callerModifySameLevel()) : null;
    }

    /** At most 20 bytes, an existing group, and one the caller may see. */
    private static List<String> group(Context c, String v) {
        String found = count(c.call(), v, () -> {
            Row g = c.call().db().userGroups().find(Bytes.toText(v));
            return g != null && c.viewable().canSeeGroup(Bytes.toText(v)) ? 1 : 0;
        });
        return v.length() > 20 || !found.equals("1") ? List.of(v, found) : null;
    }

    /** At most 20 bytes and the login of a phone or the id of a phone alias. */
    private static List<String> phoneLogin(Context c, String v) {
        String text = Bytes.toText(v);
        String phones = count(
                c.call(),
                v,
                () -> c.call().db().phones().rowsWith("login", text).size());
        String aliases = count(
                c.call(), v, () -> c.call().db().table(Tables.PHONES_ALIAS).find(text) == null ? 0 : 1);
        boolean none = !isPositive(phones) && !isPositive(aliases);
        return v.length() > 20 || none ? List.of(v, phones, aliases) : null;
    }

    private static boolean isPositive(String count) {
        return !count.isEmpty() && !count.equals("0");
    }

    /**
     * A {@code SELECT count(*)} with the value pasted in: its count, or where the value breaks the statement, the
     * page's death on PHP 8 and on PHP 7 an empty result (the row is null).
     */
    static String count(ApiCall call, String pasted, IntSupplier count) {
        if (Sql.breaks(pasted)) {
            if (call.release().runtime().crashesOnSloppyInput()) {
                throw new PhpCrash("SQL error in a count of " + pasted);
            }
            return "";
        }
        return Integer.toString(count.getAsInt());
    }
}
