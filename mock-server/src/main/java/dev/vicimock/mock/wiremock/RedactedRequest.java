package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.http.Body;
import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import dev.vicimock.mock.http.Redaction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A request as the journal may keep it: the same request with the values of secret parameters masked in its
 * URL, body, form parameters and parts, and any Authorization header masked.
 */
final class RedactedRequest extends RequestWrapper {
    private final Request original;
    private final byte[] body;

    RedactedRequest(Request original) {
        super(original);
        this.original = original;
        this.body = redactBody(original);
    }

    @Override
    public UUID getId() {
        return original.getId();
    }

    @Override
    public PathParams getPathParameters() {
        return original.getPathParameters();
    }

    @Override
    public Map<String, Cookie> getCookies() {
        return original.getCookies();
    }

    @Override
    public String getUrl() {
        return redactUrl(original.getUrl());
    }

    @Override
    public String getAbsoluteUrl() {
        return redactUrl(original.getAbsoluteUrl());
    }

    @Override
    public byte[] getBody() {
        return body;
    }

    @Override
    public String getBodyAsString() {
        return body == null
                ? null
                : new String(body, original.contentTypeHeader().charset());
    }

    @Override
    public HttpHeaders getHeaders() {
        return new HttpHeaders(original.getHeaders().all().stream()
                .map(RedactedRequest::maskAuthorization)
                .toList());
    }

    @Override
    public String getHeader(String key) {
        return key.equalsIgnoreCase("Authorization") && original.getHeader(key) != null
                ? Redaction.MASK
                : original.getHeader(key);
    }

    @Override
    public HttpHeader header(String key) {
        return maskAuthorization(original.header(key));
    }

    @Override
    public FormParameter formParameter(String key) {
        FormParameter p = original.formParameter(key);
        return p.isPresent() && Redaction.isSecret(key) ? new FormParameter(key, List.of(Redaction.MASK)) : p;
    }

    @Override
    public Map<String, FormParameter> formParameters() {
        Map<String, FormParameter> out = new LinkedHashMap<>();
        original.formParameters()
                .forEach((k, v) -> out.put(
                        k,
                        Redaction.isSecret(k)
                                ? new FormParameter(
                                        k,
                                        v.values().stream()
                                                .map(x -> Redaction.MASK)
                                                .toList())
                                : v));
        return out;
    }

    @Override
    public Collection<Part> getParts() {
        Collection<Part> parts = original.getParts();
        return parts == null
                ? null
                : parts.stream().map(RedactedRequest::maskPart).toList();
    }

    @Override
    public Part getPart(String name) {
        Part p = original.getPart(name);
        return p == null ? null : maskPart(p);
    }

    private static String redactUrl(String url) {
        int q = url == null ? -1 : url.indexOf('?');
        return q < 0 ? url : url.substring(0, q + 1) + Redaction.form(url.substring(q + 1));
    }

    private static byte[] redactBody(Request request) {
        try {
            return maskBody(request);
        } catch (RuntimeException | StackOverflowError e) {
            // the journal must never fail a request: keep a note instead of a body that could not be masked
            return "(body withheld: its secrets could not be masked)".getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] maskBody(Request request) {
        byte[] raw = request.getBody();
        if (raw == null || raw.length == 0) {
            return raw;
        }
        String type = request.getHeader("Content-Type");
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (lower.contains("multipart/")) {
            return Redaction.multipart(raw);
        }
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        String masked = lower.contains("x-www-form-urlencoded") ? Redaction.form(text) : Redaction.text(text);
        return masked.equals(text) ? raw : masked.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static HttpHeader maskAuthorization(HttpHeader h) {
        return h.isPresent() && h.key().equalsIgnoreCase("Authorization")
                ? new HttpHeader(
                        h.key(), h.values().stream().map(v -> Redaction.MASK).toList())
                : h;
    }

    private static Part maskPart(Part part) {
        if (part.getName() == null || !Redaction.isSecret(part.getName())) {
            return part;
        }
        return new Part() {
            @Override
            public String getName() {
                return part.getName();
            }

            @Override
            public String getFileName() {
                return part.getFileName();
            }

            @Override
            public HttpHeader getHeader(String name) {
                return part.getHeader(name);
            }

            @Override
            public HttpHeaders getHeaders() {
                return part.getHeaders();
            }

            @Override
            public Body getBody() {
                return new Body(Redaction.MASK);
            }
        };
    }
}
