package dev.vicimock.mock.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A call of {@code non_agent_api.php} reduced to what the PHP code sees: each parameter's GET value, or its
 * POST value when the query string does not carry it (even an empty GET value wins), plus the caller's address.
 */
public final class ApiRequest {
    private final Map<String, Param> params;
    private final String clientIp;
    private final boolean rawApostrophe;

    private ApiRequest(Map<String, Param> params, String clientIp, boolean rawApostrophe) {
        this.params = params;
        this.clientIp = clientIp;
        this.rawApostrophe = rawApostrophe;
    }

    /**
     * Builds the request from the raw query string (may be null), the body and its Content-Type.
     * Only url-encoded and multipart bodies are read, as PHP does; any other body is ignored.
     */
    public static ApiRequest of(String rawQuery, byte[] body, String contentType, String clientIp) {
        Map<String, Param> post = Map.of();
        String type =
                contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).trim();
        if (body != null && body.length > 0) {
            if (type.startsWith("application/x-www-form-urlencoded")) {
                post = ParameterParser.urlEncoded(new String(body, StandardCharsets.ISO_8859_1));
            } else if (type.startsWith("multipart/form-data")) {
                post = ParameterParser.multipart(body, ParameterParser.boundaryOf(contentType));
            }
        }
        Map<String, Param> query = ParameterParser.urlEncoded(rawQuery);
        if (!post.isEmpty()) {
            post.putAll(query);
            query = post;
        }
        boolean apostrophe = (rawQuery != null && rawQuery.indexOf('\'') >= 0) || contains(body, (byte) '\'');
        return new ApiRequest(query, clientIp == null ? "" : clientIp, apostrophe);
    }

    private static boolean contains(byte[] bytes, byte b) {
        if (bytes != null) {
            for (byte x : bytes) {
                if (x == b) {
                    return true;
                }
            }
        }
        return false;
    }

    /** For tests and embedded callers: plain text parameters, as if sent in the query string. */
    public static ApiRequest ofParams(Map<String, String> params, String clientIp) {
        Map<String, Param> m = new LinkedHashMap<>();
        params.forEach((k, v) ->
                m.put(k, new Param.Text(new String(v.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))));
        return new ApiRequest(m, clientIp, false);
    }

    /** The parameter, or null when the request does not carry it. */
    public Param get(String name) {
        return params.get(name);
    }

    public Map<String, Param> params() {
        return Collections.unmodifiableMap(params);
    }

    public String clientIp() {
        return clientIp;
    }

    /** True when the raw query string or the raw body holds a literal apostrophe (not {@code %27}). */
    public boolean rawApostrophe() {
        return rawApostrophe;
    }
}
