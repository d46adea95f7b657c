package dev.vicimock.conformance.answer;

/**
 * How an answer line attaches its data to the reason. The real server uses {@link #COLON_BAR} for errors and
 * notices and {@link #SPACE_DASH} for successes; the official documentation shows {@link #SPACE_DASH} everywhere.
 */
public enum Form {
    /** {@code REASON: |a|b|} — what the real server sends for errors and notices. */
    COLON_BAR,
    /** {@code REASON - a|b|} — the documented form, and the real form of SUCCESS lines. */
    SPACE_DASH,
    /** {@code KEY: value|KEY: value|} — the version line. */
    KEY_VALUE,
    /** {@code Word: a|b} with no reason — the teapot line. */
    BARE_FIELDS,
    /** A reason and nothing else, such as {@code ERROR: NO FUNCTION SPECIFIED}. */
    NO_DATA,
    /** Text the parser could not read as an answer line (debug output, an empty body). */
    UNRECOGNISED
}
