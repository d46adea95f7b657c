package dev.vicimock.mock.release;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        List<UnaryOperator<String>> all = new java.util.ArrayList<>(steps);
        all.addAll(next.steps);
        return new Filter(List.copyOf(all));
    }

    /** Removes every byte matching the class, like {@code preg_replace('/[^...]/', '', $v)} without {@code /u}. */
    public static Filter strip(String characterClass) {
        Pattern p = Pattern.compile(characterClass);
        return new Filter(List.of(v -> p.matcher(v).replaceAll("")));
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
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
