package dev.vicimock.mock.http;

import java.util.List;

/**
 * One request parameter as PHP sees it: a byte string, or an array when the name carried brackets
 * ({@code name[]=v}). Byte strings are held as Java strings with one char per byte (ISO-8859-1), so
 * lengths and character classes behave exactly like PHP's byte-oriented {@code strlen} and {@code preg_replace}.
 */
public sealed interface Param {
    record Text(String bytes) implements Param {}

    record Array(List<String> bytes) implements Param {
        public Array {
            bytes = List.copyOf(bytes);
        }
    }
}
