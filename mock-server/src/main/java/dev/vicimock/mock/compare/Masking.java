package dev.vicimock.mock.compare;

import dev.vicimock.mock.http.Redaction;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a run file masks answers: the passwords an answer echoes where the grammar says so, and any password the
 * request sent wherever it appears (3 characters or more). The suite's recorder and a preview replaying a run file
 * mask alike, so that masked answers compare equal.
 */
public final class Masking {
    private static final int MIN_FREE_TEXT_SECRET = 3;
    private static final Pattern PAIR = Pattern.compile("(?:^|&)([^&=]*)=([^&]*)");

    private Masking() {
    }

    /** The answer with echoed passwords and the given secret values masked. */
    public static String answer(String body, Collection<String> secrets) {
        String out = Redaction.answer(body);
        List<String> longestFirst = secrets.stream().filter(v -> v.length() >= MIN_FREE_TEXT_SECRET)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String secret : longestFirst) {
            out = out.replace(secret, Redaction.MASK);
        }
        return out;
    }

    /** The decoded values of the secret parameters of a request's query and form body. */
    static List<String> secrets(RunFile.Request request) {
        List<String> values = new ArrayList<>();
        int q = request.target().indexOf('?');
        if (q >= 0) {
            collect(request.target().substring(q + 1), values);
        }
        if (request.body() != null && request.contentType() != null
                && request.contentType().startsWith("application/x-www-form-urlencoded")) {
            collect(request.body(), values);
        }
        return values;
    }

    private static void collect(String form, List<String> values) {
        Matcher m = PAIR.matcher(form);
        while (m.find()) {
            if (Redaction.isSecret(URLDecoder.decode(m.group(1), StandardCharsets.ISO_8859_1))) {
                values.add(URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
            }
        }
    }
}
