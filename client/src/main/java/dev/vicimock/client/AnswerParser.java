package dev.vicimock.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Non-Agent API answer lines into {@link ApiAnswer}s. It accepts the real server's forms and the form the
 * documentation shows ({@code ERROR: update_phone REASON - 6666|0}), and reports which one it saw, so client
 * code written against either can tell them apart.
 */
public final class AnswerParser {

    // a word of capitals (SUCCESS, ERROR, NOTICE, VERSION, DEBUG) or the teapot's "Coffee", then ": "
    private static final Pattern HEAD = Pattern.compile("^([A-Z][A-Za-z]*): ?(.*)$", Pattern.DOTALL);
    // a lower-case function name (update_phone, auth), then the reason (upper case but for update_user's
    // "wrapup_seconds_override MUST BE ...")
    private static final Pattern FUNCTION = Pattern.compile("^([a-z][a-z0-9_]*) (.*)$", Pattern.DOTALL);
    private static final Pattern KEY_VALUE_FIELD = Pattern.compile("^([A-Z]+): (.*)$", Pattern.DOTALL);

    private AnswerParser() {}

    /**
     * Splits a whole body into its lines and parses each one. An empty body (the real server's HTTP 500 answer)
     * gives an empty list; a final line break does not make an extra line.
     */
    public static List<ApiAnswer> parseBody(String body) {
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        String trimmed = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
        List<ApiAnswer> answers = new ArrayList<>();
        for (String line : trimmed.split("\n", -1)) {
            answers.add(parseLine(line));
        }
        return answers;
    }

    /**
     * The line a client acts on: the last line of the body that is not empty, which follows any debug output,
     * NOTICE lines and the first line of the two-line invalid-source answer. Empty for an empty body.
     */
    public static Optional<ApiAnswer> parseMain(String body) {
        List<ApiAnswer> all = parseBody(body);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (!all.get(i).line().isEmpty()) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** Parses one line, given without its line break. */
    public static ApiAnswer parseLine(String line) {
        Matcher head = HEAD.matcher(line);
        if (!head.matches()) {
            return unrecognised(line);
        }
        String word = head.group(1);
        String rest = head.group(2);
        if ("VERSION".equals(word)) {
            return keyValue(line, word, rest);
        }
        if ("Coffee".equals(word)) {
            return new ApiAnswer(line, word, Optional.empty(), "", rest, split(rest), Map.of(), Form.BARE_FIELDS);
        }
        if (!word.equals(word.toUpperCase())) {
            return unrecognised(line);
        }
        Optional<String> function = Optional.empty();
        Matcher fn = FUNCTION.matcher(rest);
        if (fn.matches()) {
            function = Optional.of(fn.group(1));
            rest = fn.group(2);
        }
        return withData(line, word, function, rest);
    }

    private static ApiAnswer withData(String line, String word, Optional<String> function, String rest) {
        // no reason holds ": |" or " - ", so the first of them ends the reason even if the data holds the other
        int colonBar = rest.indexOf(": |");
        int dash = rest.indexOf(" - ");
        if (dash < 0 && rest.endsWith(" -")) {
            dash = rest.length() - 2; // "Invalid Source - " with an empty source, if trailing blanks were lost
        }
        if (colonBar >= 0 && (dash < 0 || colonBar < dash)) {
            return answer(
                    line, word, function, rest.substring(0, colonBar), rest.substring(colonBar + 3), Form.COLON_BAR);
        }
        if (dash >= 0) {
            String data = dash + 3 <= rest.length() ? rest.substring(dash + 3) : "";
            return answer(line, word, function, rest.substring(0, dash), data, Form.SPACE_DASH);
        }
        int colon = rest.indexOf(": ");
        if (colon >= 0) {
            return answer(line, word, function, rest.substring(0, colon), rest.substring(colon + 2), Form.COLON);
        }
        return new ApiAnswer(line, word, function, rest, "", List.of(), Map.of(), Form.NO_DATA);
    }

    private static ApiAnswer answer(
            String line, String word, Optional<String> function, String reason, String data, Form form) {
        return new ApiAnswer(line, word, function, reason, data, split(data), Map.of(), form);
    }

    private static ApiAnswer keyValue(String line, String word, String rest) {
        // the whole line is KEY: value|KEY: value|...; the first key is the word itself
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : split(word + ": " + rest)) {
            Matcher kv = KEY_VALUE_FIELD.matcher(part);
            if (kv.matches()) {
                values.put(kv.group(1), kv.group(2));
            }
        }
        return new ApiAnswer(line, word, Optional.empty(), "", rest, split(rest), values, Form.KEY_VALUE);
    }

    private static ApiAnswer unrecognised(String line) {
        return new ApiAnswer(line, "", Optional.empty(), "", line, List.of(line), Map.of(), Form.UNRECOGNISED);
    }

    private static List<String> split(String data) {
        return Arrays.asList(data.split("\\|", -1));
    }
}
