package dev.vicimock.mock.http;

import java.nio.charset.StandardCharsets;

/**
 * Converts between the byte strings PHP works with (one Java char per byte) and the text the database
 * stores (UTF-8 decoded), at the boundary between request handling and state.
 */
public final class Bytes {
    private Bytes() {}

    /** Byte string to stored text; invalid UTF-8 sequences become U+FFFD, as a utf8 column would refuse them. */
    public static String toText(String bytes) {
        for (int i = 0; i < bytes.length(); i++) {
            if (bytes.charAt(i) >= 0x80) {
                return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return bytes;
    }

    /** Stored text to a byte string. */
    public static String fromText(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            }
        }
        return text;
    }
}
