package dev.vicimock.conformance.target;

import dev.vicimock.client.AnswerParser;
import dev.vicimock.client.ApiAnswer;
import dev.vicimock.conformance.answer.GrammarLine;
import java.util.Map;
import java.util.Optional;

/**
 * A request and the answer it got: status, headers and the body exactly as received.
 *
 * @param request the request sent
 * @param status  the HTTP status
 * @param headers the response headers the suite checks (names in lower case)
 * @param body    the body, decoded as UTF-8
 */
public record ApiExchange(ApiRequest request, int status, Map<String, String> headers, String body) {

    public ApiExchange {
        headers = Map.copyOf(headers);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The line a client acts on (the last one), if the body has any. */
    public Optional<ApiAnswer> mainAnswer() {
        return AnswerParser.parseMain(body);
    }

    /** Which line of the grammar the body is, if any. */
    public Optional<GrammarLine> grammarLine() {
        if (status == 500 && body.isEmpty()) {
            return Optional.of(GrammarLine.SERVER_CRASH);
        }
        return GrammarLine.classify(body);
    }
}
