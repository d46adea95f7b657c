package dev.vicimock.mock.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a query string or a request body into parameters the way PHP fills {@code $_GET} and {@code $_POST}:
 * {@code +} is a space, invalid percent escapes stay as they are, the last duplicate wins, {@code name[]}
 * makes an array, and dots and spaces in names become underscores.
 */
public final class ParameterParser {
    private ParameterParser() {}

    /** Parses {@code a=1&b=2} (no leading {@code ?}); null or empty gives no parameters. */
    public static Map<String, Param> urlEncoded(String raw) {
        Map<String, Param> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        int start = 0;
        while (start <= raw.length()) {
            int amp = raw.indexOf('&', start);
            int end = amp < 0 ? raw.length() : amp;
            if (end > start) {
                int eq = start;
                while (eq < end && raw.charAt(eq) != '=') {
                    eq++;
                }
                String name = decode(raw.substring(start, eq));
                String value = eq < end ? decode(raw.substring(eq + 1, end)) : "";
                put(out, name, value);
            }
            if (amp < 0) {
                break;
            }
            start = amp + 1;
        }
        return out;
    }

    /** Parses a {@code multipart/form-data} body; file parts are ignored, as PHP moves them to {@code $_FILES}. */
    public static Map<String, Param> multipart(byte[] body, String boundary) {
        Map<String, Param> out = new LinkedHashMap<>();
        if (boundary == null || boundary.isEmpty() || body == null) {
            return out;
        }
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        int pos = text.indexOf(delimiter);
        while (pos >= 0) {
            int partStart = pos + delimiter.length();
            if (text.startsWith("--", partStart)) {
                break;
            }
            int next = text.indexOf("\r\n" + delimiter, partStart);
            if (next < 0) {
                break;
            }
            int headersEnd = text.indexOf("\r\n\r\n", partStart);
            if (headersEnd >= 0 && headersEnd < next) {
                String headers = text.substring(partStart, headersEnd);
                String value = text.substring(headersEnd + 4, next);
                String name = dispositionParameter(headers, "name");
                if (name != null && dispositionParameter(headers, "filename") == null) {
                    put(out, name, value);
                }
            }
            pos = next + 2;
        }
        return out;
    }

    /** The boundary parameter of a multipart Content-Type header, or null. */
    public static String boundaryOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String piece : contentType.split(";")) {
            String p = piece.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = p.substring("boundary=".length());
                return b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"") ? b.substring(1, b.length() - 1) : b;
            }
        }
        return null;
    }

    private static String dispositionParameter(String headers, String parameter) {
        for (String line : headers.split("\r\n")) {
            if (!line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                continue;
            }
            for (String piece : line.split(";")) {
                String p = piece.trim();
                if (p.toLowerCase(Locale.ROOT).startsWith(parameter + "=")) {
                    String v = p.substring(parameter.length() + 1);
                    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
                            ? v.substring(1, v.length() - 1)
                            : v;
                }
            }
        }
        return null;
    }

    private static void put(Map<String, Param> out, String rawName, String value) {
        int bracket = rawName.indexOf('[');
        if (bracket > 0 && rawName.indexOf(']', bracket) > 0) {
            String name = phpName(rawName.substring(0, bracket));
            Param existing = out.get(name);
            List<String> items = new ArrayList<>();
            if (existing instanceof Param.Array a) {
                items.addAll(a.bytes());
            }
            items.add(value);
            out.remove(name);
            out.put(name, new Param.Array(items));
            return;
        }
        if (rawName.isEmpty()) {
            return;
        }
        String name = phpName(rawName);
        Param text = new Param.Text(value);
        if (out.put(name, text) != null) {
            // the last duplicate wins, and moves to the end like a new parameter
            out.remove(name);
            out.put(name, text);
        }
    }

    /** PHP turns dots, spaces and an unmatched opening bracket in parameter names into underscores. */
    private static String phpName(String name) {
        if (name.indexOf('.') < 0 && name.indexOf(' ') < 0 && name.indexOf('[') < 0) {
            return name;
        }
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(c == '.' || c == ' ' || c == '[' ? '_' : c);
        }
        return b.toString();
    }

    /** Percent-decoding into bytes (one char per byte); a malformed escape is kept literally, as PHP does. */
    static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                b.append(' ');
            } else if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                b.append((char) (hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2))));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
