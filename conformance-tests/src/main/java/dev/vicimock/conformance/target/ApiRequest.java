package dev.vicimock.conformance.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One request to {@code non_agent_api.php}: the method, the query exactly as sent, and an optional body.
 * {@code params} is the decoded view of everything sent (query first, then body), used for redaction and the
 * coverage table; the wire form is {@code rawQuery} and {@code body}.
 *
 * @param method      GET or POST
 * @param rawQuery    the encoded query without {@code ?}; empty for none
 * @param contentType the body's content type, or empty for no body
 * @param body        the encoded body (form or JSON) when {@code multipart} is empty
 * @param multipart   the parts of a multipart/form-data body; empty for other bodies
 * @param params      every parameter sent, decoded, in order
 */
public record ApiRequest(
        String method,
        String rawQuery,
        Optional<String> contentType,
        String body,
        List<Param> multipart,
        List<Param> params) {

    public static final String FORM = "application/x-www-form-urlencoded";
    public static final String MULTIPART = "multipart/form-data";

    public ApiRequest {
        multipart = List.copyOf(multipart);
        params = List.copyOf(params);
    }

    /** A GET with these query parameters. */
    public static ApiRequest get(List<Param> query) {
        return new ApiRequest("GET", Param.encode(query), Optional.empty(), "", List.of(), query);
    }

    /** A GET with a query string given as is (already encoded); {@code decoded} describes it for reports. */
    public static ApiRequest getRaw(String rawQuery, List<Param> decoded) {
        return new ApiRequest("GET", rawQuery, Optional.empty(), "", List.of(), decoded);
    }

    /** A POST with these query parameters and an urlencoded form body. */
    public static ApiRequest postForm(List<Param> query, List<Param> form) {
        return new ApiRequest(
                "POST", Param.encode(query), Optional.of(FORM), Param.encode(form), List.of(), concat(query, form));
    }

    /** A POST with these query parameters and a multipart/form-data body. */
    public static ApiRequest postMultipart(List<Param> query, List<Param> parts) {
        return new ApiRequest("POST", Param.encode(query), Optional.of(MULTIPART), "", parts, concat(query, parts));
    }

    /** A POST whose body the API does not read as parameters (e.g. JSON). */
    public static ApiRequest postBody(List<Param> query, String contentType, String body) {
        return new ApiRequest("POST", Param.encode(query), Optional.of(contentType), body, List.of(), query);
    }

    /** The last value sent for a parameter (GET values first, as the API reads them), if any. */
    public Optional<String> param(String name) {
        Optional<String> fromQuery = Optional.empty();
        for (Param p : params) {
            if (p.name().equals(name)) {
                fromQuery = Optional.of(p.value());
            }
        }
        return fromQuery;
    }

    private static List<Param> concat(List<Param> a, List<Param> b) {
        List<Param> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
