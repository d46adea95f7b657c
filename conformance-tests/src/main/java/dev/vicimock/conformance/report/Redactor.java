package dev.vicimock.conformance.report;

import dev.vicimock.conformance.target.ApiExchange;
import dev.vicimock.conformance.target.ApiRequest;
import dev.vicimock.conformance.target.Param;
import dev.vicimock.mock.http.Redaction;
import java.util.Map;

/**
 * Hides passwords before anything reaches a report or log, the way the simulator's journal and logs hide them
 * ({@link Redaction}, mask {@code ***}): the value of every parameter whose name says it is a password, in the
 * query, form, multipart or JSON body, and the fields of an answer the grammar says echo one (the login error,
 * password validations, debug SQL). Never by searching a text for a password's value: a password {@code 1234}
 * would turn an extension {@code 12345} into {@code ***5}.
 */
public final class Redactor {

    public static final String MASK = Redaction.MASK;

    private Redactor() {}

    /** Whether a parameter (or a data table row) of this name holds a password. */
    public static boolean isSecret(String paramName) {
        return Redaction.isSecret(paramName);
    }

    /** A stored or expected value as a message may show it: masked if its column or parameter is a password. */
    public static String value(String name, Object value) {
        return isSecret(name) || name.equals("conf_secret") ? MASK : String.valueOf(value);
    }

    /** The request as a reader may see it: method, URL, content type and body with every password masked. */
    public static String request(String apiUrl, ApiRequest request) {
        StringBuilder sb = new StringBuilder();
        sb.append(request.method()).append(' ').append(apiUrl);
        if (!request.rawQuery().isEmpty()) {
            sb.append('?').append(Redaction.form(request.rawQuery()));
        }
        sb.append('\n');
        request.contentType()
                .ifPresent(ct -> sb.append("Content-Type: ").append(ct).append('\n'));
        if (!request.multipart().isEmpty()) {
            sb.append('\n');
            for (Param part : request.multipart()) {
                sb.append("[part ")
                        .append(part.name())
                        .append("] ")
                        .append(isSecret(part.name()) ? MASK : part.value())
                        .append('\n');
            }
        } else if (request.contentType().isPresent()) {
            sb.append('\n').append(body(request)).append('\n');
        }
        return sb.toString();
    }

    /** A url-encoded or other body with its passwords masked; null when the request has no Content-Type. */
    public static String body(ApiRequest request) {
        return request.contentType()
                .map(type -> type.startsWith(ApiRequest.FORM)
                        ? Redaction.form(request.body())
                        : Redaction.text(request.body()))
                .orElse(null);
    }

    /** The response: status, the checked headers and the body exactly as received, echoed passwords masked. */
    public static String response(ApiExchange exchange) {
        StringBuilder sb = new StringBuilder();
        sb.append("HTTP ").append(exchange.status()).append('\n');
        exchange.headers().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(h ->
                        sb.append(h.getKey()).append(": ").append(h.getValue()).append('\n'));
        sb.append('\n').append(text(exchange.body()));
        return sb.toString();
    }

    /** An answer, or a message quoting one, with the passwords it echoes masked. */
    public static String text(String text) {
        return Redaction.answer(text);
    }

    /**
     * A free-text message for the console or a log, which may quote a request as well as an answer: password
     * parameters in form pairs, JSON and headers masked, and the passwords answers echo.
     */
    public static String message(String text) {
        return Redaction.text(text);
    }
}
