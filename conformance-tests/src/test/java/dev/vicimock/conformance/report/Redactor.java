package dev.vicimock.conformance.report;

import dev.vicimock.conformance.answer.GrammarLine;
import dev.vicimock.conformance.target.ApiExchange;
import dev.vicimock.conformance.target.ApiRequest;
import dev.vicimock.conformance.target.Param;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides passwords before anything reaches a report or log: the values of {@code pass}, {@code phone_pass},
 * {@code registration_password} and {@code agent_pass} in requests, and wherever the server echoes them back (the login error echoes
 * the password it was given; some validation errors echo the phone's passwords).
 */
public final class Redactor {

    public static final String MASK = "****";
    private static final Set<String> SECRET_PARAMS = Set.of("pass", "phone_pass", "registration_password", "agent_pass");
    private static final Pattern JSON_SECRET =
            Pattern.compile("(\"(?:pass|phone_pass|registration_password)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");
    // secrets shorter than this are only masked where the grammar says they are echoed, so that masking
    // a one-letter test password does not garble the rest of the line
    private static final int MIN_FREE_TEXT_SECRET = 3;

    private Redactor() {
    }

    public static boolean isSecret(String paramName) {
        String name = paramName.endsWith("[]") ? paramName.substring(0, paramName.length() - 2) : paramName;
        return SECRET_PARAMS.contains(name);
    }

    /** The request as a reader may see it: method, URL, content type and body with every password masked. */
    public static String request(String apiUrl, ApiRequest request) {
        StringBuilder sb = new StringBuilder();
        sb.append(request.method()).append(' ').append(apiUrl);
        if (!request.rawQuery().isEmpty()) {
            sb.append('?').append(encoded(request.rawQuery()));
        }
        sb.append('\n');
        request.contentType().ifPresent(ct -> sb.append("Content-Type: ").append(ct).append('\n'));
        if (!request.multipart().isEmpty()) {
            sb.append('\n');
            for (Param part : request.multipart()) {
                sb.append("[part ").append(part.name()).append("] ")
                        .append(isSecret(part.name()) ? MASK : part.value()).append('\n');
            }
        } else if (request.contentType().isPresent()) {
            String body = request.contentType().get().startsWith(ApiRequest.FORM)
                    ? encoded(request.body()) : json(request.body());
            sb.append('\n').append(body).append('\n');
        }
        return sb.toString();
    }

    /** The response: status, the checked headers and the body exactly as received, passwords masked. */
    public static String response(ApiExchange exchange) {
        StringBuilder sb = new StringBuilder();
        sb.append("HTTP ").append(exchange.status()).append('\n');
        exchange.headers().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(h -> sb.append(h.getKey()).append(": ").append(h.getValue()).append('\n'));
        sb.append('\n').append(text(exchange.body(), exchange.request()));
        return sb.toString();
    }

    /** Any text (a body, an assertion message) with the request's passwords masked. */
    public static String text(String text, ApiRequest request) {
        String out = echoes(text);
        for (String secret : secrets(request)) {
            out = out.replace(secret, MASK);
        }
        return out;
    }

    /** The passwords a request sent, longest first, that are long enough to mask wherever they occur. */
    static List<String> secrets(ApiRequest request) {
        Set<String> values = new LinkedHashSet<>();
        for (Param p : request.params()) {
            if (isSecret(p.name()) && p.value().length() >= MIN_FREE_TEXT_SECRET) {
                values.add(p.value());
                String filtered = p.value().replaceAll("[^-_0-9a-zA-Z]", "");
                if (filtered.length() >= MIN_FREE_TEXT_SECRET) {
                    values.add(filtered);
                }
            }
        }
        return values.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Masks the data fields the grammar says hold a password, whatever their length. */
    static String echoes(String body) {
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = echoesInLine(lines[i]);
        }
        return String.join("\n", lines);
    }

    private static String echoesInLine(String line) {
        String withBreak = line + "\n";
        if (GrammarLine.LOGIN_INCORRECT.matches(withBreak)) {
            return maskField(line, "|", 2);
        }
        if (GrammarLine.INVALID_PHONE_PASSWORD.matches(withBreak)
                || GrammarLine.INVALID_REGISTRATION_PASSWORD.matches(withBreak)) {
            return maskField(line, "|", 2);
        }
        if (GrammarLine.ADD_REQUIRED_FIELDS.matches(withBreak)) {
            return maskField(maskField(line, "|", 6), "|", 9);
        }
        return line;
    }

    /** Replaces the text after the n-th occurrence of the separator, up to the next one, with the mask. */
    private static String maskField(String line, String separator, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = line.indexOf(separator, at + 1);
            if (at < 0) {
                return line;
            }
        }
        int end = line.indexOf(separator, at + 1);
        String tail = end < 0 ? "" : line.substring(end);
        if (end >= 0 && end == at + 1) {
            return line; // an empty password stays visibly empty
        }
        return line.substring(0, at + 1) + MASK + tail;
    }

    private static String encoded(String query) {
        StringBuilder sb = new StringBuilder();
        for (String pair : query.split("&", -1)) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String decodedName = URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (eq >= 0 && isSecret(decodedName)) {
                sb.append(name).append('=').append(MASK);
            } else {
                sb.append(pair);
            }
        }
        return sb.toString();
    }

    private static String json(String body) {
        Matcher m = JSON_SECRET.matcher(body);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + MASK + r.group(3)));
    }
}
