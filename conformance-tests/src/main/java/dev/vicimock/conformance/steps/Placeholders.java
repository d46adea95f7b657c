package dev.vicimock.conformance.steps;

import dev.vicimock.conformance.target.Credentials;
import dev.vicimock.conformance.target.Role;
import dev.vicimock.conformance.target.TargetConfig;
import dev.vicimock.conformance.target.TestPhone;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the {@code {placeholders}} of feature files with the values of this run, so that the same text works
 * on the simulator and on any real server:
 * <ul>
 *   <li>{@code {user}}, {@code {pass}}: the acting user of a request being built, otherwise the values the last
 *       request sent; {@code {admin.user}}, {@code {level7.pass}}, ...: a role's settings;
 *       {@code {unknown_user}}: a user that does not exist</li>
 *   <li>{@code {extension}}, {@code {login}}, {@code {dialplan_number}}, {@code {voicemail_id}} of "the phone",
 *       {@code {B.extension}} ... of phone "B"; {@code {EXTENSION}} in capitals</li>
 *   <li>{@code {server_ip}}, {@code {second_server_ip}}, {@code {unknown_server_ip}}, {@code {hidden_user_group}},
 *       {@code {template_id}} ({@code {TEMPLATE_ID}} in capitals); {@code {server_ip:dashes}} with dashes for
 *       dots, {@code {server_ip:digits}} with only the digits</li>
 *   <li>{@code {agent}}, {@code {agent.B}}: the names of the scenario's test users ({@code {AGENT}} in capitals),
 *       {@code {agent_pass}} their
 *       password; {@code {alias}}, {@code {alias.B}}: its phone aliases' ids, {@code {unknown_alias}} one no one
 *       has; {@code {agent_user_group}}, {@code {template_user}}: the settings</li>
 *   <li>{@code {prefix}} ({@code {PREFIX}}), {@code {unknown_extension}}, {@code {unknown_template}}: names under
 *       the run prefix that no one else uses; {@code {prefix:20}} pads to 20 characters</li>
 *   <li>{@code {x*30}}: the character x 30 times; {@code {space}}, {@code {tab}} and {@code {empty}}: a space, a tab,
 *       nothing</li>
 * </ul>
 * A placeholder whose setting is absent skips the scenario, naming the setting.
 */
final class Placeholders {

    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern REPEAT = Pattern.compile("(.)\\*(\\d+)");
    private static final Pattern PADDED = Pattern.compile("([a-z_]+):(\\d+)");
    private static final Pattern PHONE_ATTRIBUTE =
            Pattern.compile("(?:([A-H])\\.)?(extension|EXTENSION|login|" + "dialplan_number|voicemail_id)");
    private static final Pattern TEST_NAME = Pattern.compile("(agent|AGENT|alias)(?:\\.([A-H]))?");
    private static final Pattern ROLE_SETTING = Pattern.compile("([a-z_0-9]+)\\.(user|pass)");

    private Placeholders() {}

    /** Expands a text of a feature file; {@code acting} is the user of the request being built, if any. */
    static String expand(String text, ScenarioContext ctx, Optional<Credentials> acting) {
        return expand(text, ctx, acting, UnaryOperator.identity());
    }

    /** Expands, passing each value through {@code encode} (for raw query strings). */
    static String expand(String text, ScenarioContext ctx, Optional<Credentials> acting, UnaryOperator<String> encode) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(encode.apply(value(m.group(1), ctx, acting))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String token, ScenarioContext ctx, Optional<Credentials> acting) {
        Run run = ctx.run();
        TargetConfig config = run.config();
        Matcher repeat = REPEAT.matcher(token);
        if (repeat.matches()) {
            return repeat.group(1).repeat(Integer.parseInt(repeat.group(2)));
        }
        Matcher padded = PADDED.matcher(token);
        if (padded.matches()) {
            return pad(value(padded.group(1), ctx, acting), Integer.parseInt(padded.group(2)));
        }
        Matcher phone = PHONE_ATTRIBUTE.matcher(token);
        if (phone.matches()) {
            TestPhone p = ctx.phone(phone.group(1) == null ? "" : phone.group(1));
            return switch (phone.group(2)) {
                case "extension" -> p.extension();
                case "EXTENSION" -> p.extension().toUpperCase(Locale.ROOT);
                case "login" -> p.login();
                case "dialplan_number" -> p.dialplanNumber();
                default -> p.voicemailId();
            };
        }
        Matcher testName = TEST_NAME.matcher(token);
        if (testName.matches()) {
            String letter = testName.group(2) == null ? "" : testName.group(2);
            return switch (testName.group(1)) {
                case "agent" -> run.fixtures().user(letter);
                case "AGENT" -> run.fixtures().user(letter).toUpperCase(Locale.ROOT);
                default -> run.fixtures().phoneAlias(letter);
            };
        }
        Matcher roleSetting = ROLE_SETTING.matcher(token);
        if (roleSetting.matches() && isRole(roleSetting.group(1))) {
            Credentials c = config.credentials(role(roleSetting.group(1)));
            return roleSetting.group(2).equals("user") ? c.user() : c.pass();
        }
        return switch (token) {
            case "empty" -> "";
            case "space" -> " ";
            case "tab" -> "\t";
            case "user" ->
                acting.map(Credentials::user)
                        .orElseGet(() -> ctx.lastParam("user").orElse(""));
            case "pass" ->
                acting.map(Credentials::pass)
                        .orElseGet(() -> ctx.lastParam("pass").orElse(""));
            case "unknown_user" -> run.fixtures().unknownUser();
            case "server_ip" -> ctx.serverIp();
            case "server_ip:dashes" -> ctx.serverIp().replace('.', '-');
            case "server_ip:digits" -> ctx.serverIp().replaceAll("[^0-9]", "");
            case "second_server_ip" -> ctx.secondServerIp();
            case "unknown_server_ip" ->
                config.require(TargetConfig.UNKNOWN_SERVER_IP, "the scenario needs a server_ip that is not a server");
            case "hidden_user_group" ->
                config.require(
                        TargetConfig.HIDDEN_USER_GROUP,
                        "the scenario needs a phone group the limited_group user cannot see");
            case "template_id" -> template(config);
            case "TEMPLATE_ID" -> template(config).toUpperCase(Locale.ROOT);
            case "agent_pass" -> run.fixtures().agentPass();
            case "unknown_alias" -> run.fixtures().phoneAlias("") + "zz";
            case "agent_user_group" ->
                config.require(
                        TargetConfig.AGENT_USER_GROUP,
                        "the scenario needs a user group the user_admin may put users in");
            case "template_user" ->
                config.require(TargetConfig.TEMPLATE_USER, "the scenario copies an existing level-1 agent");
            case "prefix" -> run.fixtures().prefix();
            case "PREFIX" -> run.fixtures().prefix().toUpperCase(Locale.ROOT);
            case "unknown_extension" -> run.fixtures().unknownExtension();
            case "unknown_template" -> run.fixtures().unknownTemplate();
            default -> throw new IllegalArgumentException("unknown placeholder {" + token + "}");
        };
    }

    private static String template(TargetConfig config) {
        return config.require(TargetConfig.TEMPLATE_ID, "the scenario needs an existing conf template");
    }

    private static String pad(String value, int length) {
        if (value.length() > length) {
            throw new IllegalArgumentException("'" + value + "' is already longer than " + length);
        }
        return value + "x".repeat(length - value.length());
    }

    private static boolean isRole(String key) {
        for (Role r : Role.values()) {
            if (r.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static Role role(String key) {
        for (Role r : Role.values()) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
