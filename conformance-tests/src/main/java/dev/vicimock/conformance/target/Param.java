package dev.vicimock.conformance.target;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** One request parameter, as a name and a decoded value. Order and duplicates matter to the API. */
public record Param(String name, String value) {

    /** {@code name=value&...}, percent-encoded the way a browser encodes a query (a space as {@code %20}). */
    public static String encode(List<Param> params) {
        return params.stream().map(p -> encode(p.name) + "=" + encode(p.value)).collect(Collectors.joining("&"));
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%7E", "~")
                .replace("*", "%2A");
    }
}
