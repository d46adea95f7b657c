package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.answer.Outcome;
import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.call.ApiFunction;
import dev.vicimock.mock.call.Params;
import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.release.Capability;
import dev.vicimock.mock.release.Functions;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code function=update_user}: finds a user the caller may change, then either deletes it or checks the optional
 * fields in the real order (the first invalid one answers, nothing of them written), runs the campaign and in-group
 * rank blocks and the password reset, each answering its own NOTICE line, and finally writes the fields.
 */
public final class UpdateUser implements ApiFunction {
    public static final String NAME = Functions.UPDATE_USER;
    private static final Preconditions.Permission MODIFY_USERS = new Preconditions.Permission("modify_users", 8);
    private static final Preconditions.Permission DELETE_USERS = new Preconditions.Permission("delete_users", 8);
    /**
     * The warning PHP 8 has last raised when the password reset starts, unless a rank block raised a later one:
     * the login code reads this variable undefined. The reset answers it because no mail can be sent (UP01).
     */
    private static final String LOGIN_WARNING_VARIABLE = "login_problem";
    /** An approximation of PHP's FILTER_VALIDATE_EMAIL for the characters the email filter lets through. */
    private static final Pattern VALID_EMAIL =
            Pattern.compile("(?i)(?=.{1,64}@)[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@((xn--)?[a-z0-9]+(-+[a-z0-9]+)*\\.)+([a-z][a-z0-9]*|xn--[a-z0-9]+)(-+[a-z0-9]+)*");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Answer run(ApiCall call) {
        Answer refused = Preconditions.check(call, NAME, MODIFY_USERS, Outcome.NO_PERMISSION_UPDATE_USERS);
        if (refused != null) {
            return refused;
        }
        Params p = call.params();
        String user = call.userParam();
        String agentUser = p.text("agent_user");
        if (p.strlen("agent_user") < 2 || p.strlen("agent_user") > 20) {
            return Answer.of(Outcome.REQUIRED_AGENT_USER, NAME, user, agentUser);
        }
        String callerGroup = call.user().textOrEmpty("user_group");
        call.debugAboveZero(
                () -> "|SELECT allowed_campaigns,admin_viewable_groups from vicidial_user_groups where user_group='"
                        + Bytes.fromText(callerGroup) + "';|");
        ViewableGroups viewable = ViewableGroups.of(call.db(), callerGroup);
        Row target = call.db().users().find(Bytes.toText(agentUser));
        if (!UserFieldRules.count(call, agentUser, () -> target == null ? 0 : 1).equals("1")) {
            // the real code echoes server_ip here, a parameter update_user does not otherwise read
            return Answer.of(Outcome.USER_MISSING, NAME, user, p.text("server_ip"));
        }
        String callerLevel = Long.toString(call.user().number("user_level"));
        String modifySame = call.user().textOrEmpty("modify_same_user_level");
        boolean sameLevelAllowed = call.release().runtime().compare(modifySame, 1) >= 0;
        long targetLevel = target.number("user_level");
        long level = call.user().number("user_level");
        if ((sameLevelAllowed ? targetLevel > level : targetLevel >= level) || !viewable.canSee(target)) {
            return Answer.of(
                    Outcome.NO_PERMISSION_UPDATE_THIS_USER,
                    NAME,
                    user,
                    agentUser,
                    sameLevelAllowed ? "<=" : "<",
                    callerLevel);
        }
        if (p.is("delete_user", "Y")) {
            return delete(call, target, agentUser);
        }
        UserFieldRules.Context context = new UserFieldRules.Context(call, callerLevel, modifySame, viewable);
        Map<String, String> fields = new LinkedHashMap<>();
        Answer invalid = checkFields(context, fields);
        if (invalid != null) {
            return invalid;
        }
        List<Answer.Line> lines = new ArrayList<>();
        String lastWarning = LOGIN_WARNING_VARIABLE;
        for (AgentRanks block : AgentRanks.BLOCKS) {
            if (!block.asked(call)) {
                continue;
            }
            Answer.Line line = block.apply(call, agentUser);
            lines.add(line);
            if (line.outcome().word().equals("ERROR")) {
                return Answer.lines(lines);
            }
            if (block.warnsUndefined(call)) {
                lastWarning = block.undefinedVariable();
            }
        }
        if (call.release().has(Capability.USER_UPDATE_EXTRAS)
                && p.strlen("reset_password") > 0
                && call.release().runtime().compare(p.text("reset_password"), 7) > 0) {
            lines.add(resetPassword(call, target, agentUser, lastWarning));
        }
        lines.add(update(call, target, agentUser, fields));
        return Answer.lines(lines);
    }

    private Answer delete(ApiCall call, Row target, String agentUser) {
        if (!DELETE_USERS.grants(call.user())) {
            return Answer.of(Outcome.NO_PERMISSION_DELETE_USERS, NAME, call.userParam(), "0");
        }
        String statement = "DELETE FROM vicidial_users WHERE user='" + agentUser + "';";
        call.db().users().remove(target);
        call.debug(() -> "|" + statement + "|");
        new AdminLog("USERS", "DELETE", agentUser, "ADMIN API DELETE USER", statement, "user: " + agentUser)
                .write(call);
        return Answer.of(Outcome.USER_DELETED, NAME, call.userParam(), agentUser);
    }

    /** Runs the field rules in order; the first failure's answer, or null with the fields to set filled in. */
    private static Answer checkFields(UserFieldRules.Context context, Map<String, String> fields) {
        ApiCall call = context.call();
        Release release = call.release();
        for (UserFieldRules.Rule rule : UserFieldRules.RULES) {
            if (!rule.knownBy(release) || call.params().strlen(rule.param()) == 0) {
                continue;
            }
            String value = call.params().text(rule.param());
            if (value.equals(UserFieldRules.BLANK) && rule.blankClears().test(release)) {
                fields.put(rule.column(), "");
                continue;
            }
            List<String> refusal = rule.check().refuse(context, value);
            if (refusal != null) {
                List<String> data = new ArrayList<>();
                data.add(call.userParam());
                data.addAll(refusal);
                return Answer.lines(List.of(new Answer.Line(rule.invalid(), NAME, data)));
            }
            fields.put(rule.column(), value);
        }
        return null;
    }

    /**
     * The password reset: the given email (5 bytes or more) or else the stored one must be valid; then a new
     * password would be mailed, which the simulator, like the recorded server, cannot do.
     */
    private static Answer.Line resetPassword(ApiCall call, Row target, String agentUser, String lastWarning) {
        String email = call.params().strlen("email") < 5
                ? Bytes.fromText(target.textOrEmpty("email"))
                : call.params().text("email");
        if (!VALID_EMAIL.matcher(email).matches()) {
            return new Answer.Line(Outcome.RESET_NO_VALID_EMAIL, NAME, List.of(call.userParam(), agentUser, email));
        }
        return new Answer.Line(
                Outcome.RESET_EMAIL_FAILURE,
                NAME,
                List.of(call.userParam(), agentUser, email, "Undefined variable $" + lastWarning));
    }

    /** The plain UPDATE of the checked fields, which also clears the failed login count. */
    private static Answer.Line update(ApiCall call, Row target, String agentUser, Map<String, String> fields) {
        String user = call.userParam();
        if (fields.isEmpty()) {
            return new Answer.Line(Outcome.NO_UPDATES_ERROR, NAME, List.of(user));
        }
        Map<String, String> sqlValues = new LinkedHashMap<>();
        StringBuilder set = new StringBuilder();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            String column = f.getKey();
            String value = f.getValue();
            if (column.equals("pass") && hashesPasswords(call)) {
                // the hash comes from an external script the recorded server lacks: both columns end up empty
                set.append(",pass=''").append(",pass_hash=''");
                sqlValues.put("pass", "");
                sqlValues.put("pass_hash", "");
            } else if (column.equals("closer_campaigns")) {
                String groups = " " + value.replace('|', ' ') + " -";
                set.append(" ,closer_campaigns=\"").append(groups).append('"');
                sqlValues.put(column, groups);
            } else {
                set.append(" ,").append(Sql.quoted(column, value));
                sqlValues.put(column, value);
            }
        }
        String statement =
                "UPDATE vicidial_users SET failed_login_count='0' " + set + " WHERE user='" + agentUser + "';";
        List<String> pasted = new ArrayList<>(sqlValues.values());
        pasted.add(agentUser);
        if (Statements.run(call, statement, pasted)) {
            Map<String, Object> stored = new LinkedHashMap<>();
            stored.put("failed_login_count", 0L);
            sqlValues.forEach((column, value) -> stored.put(column, Tables.USERS.store(column, Bytes.toText(value))));
            call.db().users().put(target.with(stored));
        }
        call.debug(() -> "|" + statement + "|");
        new AdminLog("USERS", "MODIFY", agentUser, "ADMIN API UPDATE USER", statement, "user: " + agentUser)
                .write(call);
        return new Answer.Line(Outcome.USER_UPDATED, NAME, List.of(user, agentUser));
    }

    /** {@code system_settings.pass_hash_enabled > 0}, compared the way PHP compares a string with a number. */
    private static boolean hashesPasswords(ApiCall call) {
        return call.release().runtime().compare(Objects.toString(call.db().setting("pass_hash_enabled"), ""), 0) > 0;
    }
}
