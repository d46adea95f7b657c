package dev.vicimock.mock.robust;

import dev.vicimock.mock.testing.RawClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Small helpers for tests that make ordinary API and admin calls over HTTP. */
final class Calls {
    private Calls() {}

    /** {@code key, value, key, value...} as an ordered map. */
    static Map<String, String> params(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + HostileRequests.encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** An update_phone by user 6666 of a seed phone, with the given extra fields. */
    static Map<String, String> update(String extension, String serverIp, String... fields) {
        Map<String, String> p = params(
                "source",
                "test",
                "user",
                "6666",
                "pass",
                "1234",
                "function",
                "update_phone",
                "extension",
                extension,
                "server_ip",
                serverIp);
        p.putAll(params(fields));
        return p;
    }

    static RawClient.Response get(int port, Map<String, String> params) {
        return send(port, RawClient.request("GET", HostileRequests.API + "?" + query(params), Map.of(), null));
    }

    static RawClient.Response admin(int port, String method, String path, String token, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return send(
                port,
                RawClient.request(method, path, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8)));
    }

    static RawClient.Response send(int port, byte[] request) {
        try {
            return RawClient.send(port, request, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
