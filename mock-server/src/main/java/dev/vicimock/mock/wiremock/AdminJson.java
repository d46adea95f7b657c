package dev.vicimock.mock.wiremock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Optional;

/** The admin routes' small JSON bodies, written and read by Jackson. */
final class AdminJson {
    /** Strict: a second member of the same name or anything after the object makes a body malformed. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private AdminJson() {}

    /** {@code {"key":value}} as UTF-8. */
    static byte[] object(String key, Object value) {
        return value(Collections.singletonMap(key, value));
    }

    /** Any value of maps, lists, strings and numbers as UTF-8 JSON. */
    static byte[] value(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code {"error":"message"}}, the shape of every refusal of the admin API. */
    static byte[] error(String message) {
        return object("error", message);
    }

    /** The string of a body that is exactly {@code {"key":"string"}}; empty for any other body. */
    static Optional<String> text(String body, String key) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (node == null
                || !node.isObject()
                || node.size() != 1
                || !node.path(key).isTextual()) {
            return Optional.empty();
        }
        return Optional.of(node.get(key).textValue());
    }
}
