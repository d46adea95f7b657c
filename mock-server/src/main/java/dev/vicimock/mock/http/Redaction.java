package dev.vicimock.mock.http;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the secrets of API calls (the values of {@code pass}, {@code phone_pass}, {@code agent_pass} and
 * {@code registration_password})
 * where the simulator's surroundings would record them: query strings and form bodies, multipart parts, the answer
 * lines that echo a password, debug SQL, JSON documents and free log text. A parameter counts as secret when its
 * name, read the way PHP reads names, contains {@code pass}; masking more than needed is harmless here.
 */
public final class Redaction {
    public static final String MASK = "***";

    // possessive quantifiers throughout: these run on whole logged requests, some a megabyte long
    private static final Pattern FORM_PAIR = Pattern.compile("(^|[?&\\s])([^\\s?&=]++)=([^&\\s]*+)");
    /** A JSON member with a string value; unrolled so that a long value costs no regex recursion. */
    private static final Pattern JSON_PAIR =
            Pattern.compile("\"([^\"\\\\]{0,200})\"(\\s*+:\\s*+)\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"");

    private static final Pattern PART = Pattern.compile(
            "(name=\"?+([^\"\\r\\n;]*+)\"?+[^\\r\\n]*+\\r\\n" + "(?:[^\\r\\n]++\\r\\n)*+\\r\\n)(.*?)(?=\\r\\n--)",
            Pattern.DOTALL);
    private static final Pattern AUTHORIZATION = Pattern.compile("(?im)^(\\s*Authorization\\s*:\\s*).*$");
    /** In each pattern the groups are the text kept; what lies between two groups is masked. */
    private static final Pattern[] ANSWER_LINES = {
        // the login error echoes the password between the user and BAD
        // (an empty password stays visibly empty)
        Pattern.compile("(?m)^(ERROR: Login incorrect, please try again: \\|[^|\\n]*\\|).+(\\|BAD\\|)$"),
        Pattern.compile(
                "(?m)^(ERROR: update_phone YOU MUST USE A VALID (?:PHONE|REGISTRATION) PASSWORD: \\|[^|\\n]*\\|)"
                        + "[^\\n]*()$"),
        // add_phone's required-fields error: the sixth and ninth values are phone_pass and registration_password
        Pattern.compile("(?m)^(ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: \\|(?:[^|\\n]*\\|){5})[^|\\n]*"
                + "(\\|[^|\\n]*\\|[^|\\n]*\\|)[^|\\n]*()(?=\\||$)"),
        // add_user and copy_user echo the new agent's password as their third value, on success and when a field is
        // missing
        Pattern.compile("(?m)^((?:SUCCESS: add_user USER HAS BEEN ADDED - |SUCCESS: copy_user USER HAS BEEN COPIED - "
                + "|ERROR: (?:add|copy)_user YOU MUST USE ALL REQUIRED FIELDS: \\|)[^|\\n]*\\|[^|\\n]*\\|)[^|\\n]*()"),
        Pattern.compile("(?m)^(ERROR: update_user YOU MUST USE A VALID PHONE PASSWORD, THIS IS AN OPTIONAL FIELD: "
                + "\\|[^|\\n]*\\|)[^\\n]*()$"),
        // debug SQL and the admin log statement in it: pass='...', phone_pass='...' and conf_secret=\'...\'
        Pattern.compile("((?<![a-z_])(?:pass|phone_pass|conf_secret)=\\\\?')[^'\\\\\\n]*()"),
    };

    private Redaction() {}

    /** Whether PHP would read this raw parameter name as a secret (decoded, before any brackets, dots as underscores). */
    public static boolean isSecret(String decodedName) {
        String name = decodedName.stripLeading();
        int bracket = name.indexOf('[');
        if (bracket > 0) {
            name = name.substring(0, bracket);
        }
        return name.toLowerCase(Locale.ROOT).replace('.', '_').replace(' ', '_').contains("pass");
    }

    /** A query string or url-encoded body (byte string) with each secret parameter's value masked. */
    public static String form(String raw) {
        if (raw == null || raw.isEmpty()) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        int start = 0;
        while (true) {
            int amp = raw.indexOf('&', start);
            int end = amp < 0 ? raw.length() : amp;
            int eq = raw.indexOf('=', start);
            if (eq >= 0 && eq < end && isSecret(ParameterParser.decode(raw.substring(start, eq)))) {
                b.append(raw, start, eq + 1).append(MASK);
            } else {
                b.append(raw, start, end);
            }
            if (amp < 0) {
                return b.toString();
            }
            b.append('&');
            start = amp + 1;
        }
    }

    /** A multipart body with the value of every secret part masked. */
    public static byte[] multipart(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String masked = maskParts(text);
        return masked.equals(text) ? body : masked.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An API answer with the passwords it echoes masked (the login error, password validations, debug SQL). */
    public static String answer(String body) {
        String out = body;
        for (Pattern p : ANSWER_LINES) {
            out = replace(p, out, m -> {
                StringBuilder kept = new StringBuilder(m.group(1));
                for (int g = 2; g <= m.groupCount(); g++) {
                    kept.append(MASK).append(m.group(g));
                }
                return kept.toString();
            });
        }
        return out;
    }

    /**
     * Free text such as a logged request: form pairs, JSON members, multipart parts and Authorization headers with
     * secret values, and echoed passwords in answers.
     */
    public static String text(String message) {
        if (message == null || !mayHoldSecret(message)) {
            return message;
        }
        String out = replace(
                FORM_PAIR,
                message,
                m -> isSecret(ParameterParser.decode(m.group(2))) ? m.group(1) + m.group(2) + "=" + MASK : m.group());
        out = replace(
                JSON_PAIR,
                out,
                m -> isSecret(m.group(1)) || m.group(1).equals("conf_secret")
                        ? "\"" + m.group(1) + "\"" + m.group(2) + "\"" + MASK + "\""
                        : m.group());
        out = maskParts(out);
        out = AUTHORIZATION.matcher(out).replaceAll("$1" + MASK);
        return answer(out);
    }

    private static boolean mayHoldSecret(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.contains("pass")
                || lower.contains("secret")
                || lower.contains("authorization")
                || lower.contains("%");
    }

    private static String maskParts(String text) {
        if (!text.regionMatches(true, 0, "--", 0, 2)
                && !text.toLowerCase(Locale.ROOT).contains("content-disposition")) {
            return text;
        }
        return replace(PART, text, m -> isSecret(m.group(2)) ? m.group(1) + MASK : m.group());
    }

    private static String replace(Pattern p, String s, Function<Matcher, String> with) {
        Matcher m = p.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        boolean any = false;
        while (m.find()) {
            any = true;
            m.appendReplacement(b, Matcher.quoteReplacement(with.apply(m)));
        }
        if (!any) {
            return s;
        }
        m.appendTail(b);
        return b.toString();
    }
}
