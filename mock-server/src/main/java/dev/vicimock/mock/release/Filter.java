package dev.vicimock.mock.release;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * One input filter of the real code: a chain of steps applied to a parameter's bytes (one char per byte)
 * before anything else reads it. Built from the same character classes the PHP code strips with.
 */
public final class Filter {
    /** Leaves the value as sent. */
    public static final Filter NONE = new Filter(List.of());

    private final List<UnaryOperator<String>> steps;

    private Filter(List<UnaryOperator<String>> steps) {
        this.steps = steps;
    }

    public String apply(String bytes) {
        String v = bytes;
        for (UnaryOperator<String> step : steps) {
            v = step.apply(v);
        }
        return v;
    }

    public Filter then(Filter next) {
        List<UnaryOperator<String>> all = new ArrayList<>(steps);
        all.addAll(next.steps);
        return new Filter(List.copyOf(all));
    }

    /** Removes every byte matching the class, like {@code preg_replace('/[^...]/', '', $v)} without {@code /u}. */
    public static Filter strip(String characterClass) {
        Pattern p = Pattern.compile(characterClass);
        if (!isOneCharacterClass(characterClass)) {
            return new Filter(List.of(v -> p.matcher(v).replaceAll("")));
        }
        // every request runs some thirty filters: a table of the 256 byte values, worked out once from the
        // pattern, does per byte what the regex engine does, and leaves clean values untouched
        boolean[] stripped = new boolean[256];
        for (char c = 0; c < 256; c++) {
            stripped[c] = p.matcher(String.valueOf(c)).matches();
        }
        return new Filter(List.of(v -> stripBytes(v, stripped, p)));
    }

    /** A bracket expression and nothing else: it matches exactly one character, so it can be applied per byte. */
    static boolean isOneCharacterClass(String regex) {
        return regex.length() > 2 && regex.charAt(0) == '[' && regex.indexOf(']', 2) == regex.length() - 1;
    }

    static String stripBytes(String v, boolean[] stripped, Pattern p) {
        int n = v.length();
        int i = 0;
        while (i < n && v.charAt(i) < 256 && !stripped[v.charAt(i)]) {
            i++;
        }
        if (i == n) {
            return v;
        }
        StringBuilder kept = new StringBuilder(n).append(v, 0, i);
        for (; i < n; i++) {
            char c = v.charAt(i);
            if (c >= 256) {
                // not a byte string after all: let the regex engine decide
                return p.matcher(v).replaceAll("");
            }
            if (!stripped[c]) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /**
     * Removes every character matching the class after reading the bytes as UTF-8, like {@code preg_replace}
     * with {@code /u}; invalid UTF-8 makes PHP's function fail, which leaves an empty string.
     */
    public static Filter stripUnicode(String characterClass) {
        Pattern p = Pattern.compile(characterClass);
        return new Filter(List.of(v -> {
            String text = utf8(v);
            if (text == null) {
                return "";
            }
            String kept = p.matcher(text).replaceAll("");
            return new String(kept.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        }));
    }

    /** Replaces one literal with another (the email filter turns {@code +} into a space). */
    public static Filter replace(String literal, String with) {
        return new Filter(List.of(v -> v.replace(literal, with)));
    }

    /** Applies the filter unless the value is exactly {@code keep}. */
    public static Filter unlessEquals(String keep, Filter filter) {
        return new Filter(List.of(v -> v.equals(keep) ? v : filter.apply(v)));
    }

    private static String utf8(String bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
