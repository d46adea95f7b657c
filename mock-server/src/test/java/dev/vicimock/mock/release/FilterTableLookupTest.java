package dev.vicimock.mock.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The per-byte table of {@link Filter#strip} removes exactly what the regex removes. */
class FilterTableLookupTest {
    /** Every character class the releases strip with. */
    private static final List<String> CLASSES = List.of(
            "[^-_0-9a-zA-Z]",
            "[^0-9a-zA-Z]",
            "[^.0-9]",
            "[^A-Z]",
            "[^-.0-9]",
            "[^- '+.:/@%_0-9a-zA-Z]",
            "[^- +._0-9a-zA-Z]",
            "[^0-9]",
            "[^*#0-9a-zA-Z]",
            "['\"\\\\;#]",
            "[^-.:_0-9a-zA-Z]",
            "[^a-zA-Z]",
            "[^-*#.:/@_0-9a-zA-Z]");

    @Test
    void agreesWithTheRegexOnEveryByteAndOnRandomByteStrings() {
        Random random = new Random(42);
        for (String c : CLASSES) {
            assertTrue(Filter.isOneCharacterClass(c), c);
            Filter filter = Filter.strip(c);
            Pattern p = Pattern.compile(c);
            for (char b = 0; b < 256; b++) {
                String one = "x" + b + "Y";
                assertEquals(p.matcher(one).replaceAll(""), filter.apply(one), c + " on byte " + (int) b);
            }
            for (int i = 0; i < 2000; i++) {
                char[] s = new char[random.nextInt(12)];
                for (int k = 0; k < s.length; k++) {
                    s[k] = (char) (random.nextBoolean() ? random.nextInt(256) : 'a' + random.nextInt(26));
                }
                String v = new String(s);
                assertEquals(p.matcher(v).replaceAll(""), filter.apply(v), c + " on " + v);
            }
        }
    }

    @Test
    void leavesACleanValueAsTheSameObjectAndFallsBackForNonBytes() {
        String clean = "cc100";
        assertTrue(clean == Filter.strip("[^-_0-9a-zA-Z]").apply(clean));
        assertEquals("ab", Filter.strip("[^a-z]").apply("a\u20acb"));
    }

    @Test
    void onlyBracketExpressionsUseTheTable() {
        assertFalse(Filter.isOneCharacterClass("ab"));
        assertFalse(Filter.isOneCharacterClass("[a]+"));
        assertFalse(Filter.isOneCharacterClass("[a]|[b]"));
        assertEquals("x", Filter.strip("ab").apply("abxab"));
    }
}
