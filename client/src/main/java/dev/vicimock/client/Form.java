package dev.vicimock.client;

/**
 * How an answer line attaches its data to the reason. The real server uses {@link #COLON_BAR} for most errors and
 * notices, {@link #SPACE_DASH} for successes and {@link #COLON} for two user_details errors; the official
 * NON-AGENT_API.txt shows {@link #SPACE_DASH} everywhere. The parser reads all of them.
 */
public enum Form {
    /** {@code REASON: |a|b|} — what the real server sends for errors and notices. */
    COLON_BAR,
    /** {@code REASON - a|b|} — the documented form, and the real form of SUCCESS lines. */
    SPACE_DASH,
    /** {@code REASON: a|b} — user_details' INVALID SEARCH PARAMETERS and USER NOT FOUND. */
    COLON,
    /** {@code KEY: value|KEY: value|} — the version line. */
    KEY_VALUE,
    /** {@code Word: a|b} with no reason — the teapot line. */
    BARE_FIELDS,
    /** A reason and nothing else, such as {@code ERROR: NO FUNCTION SPECIFIED}. */
    NO_DATA,
    /** Text that is no answer line: debug output, a user_details row, an empty line. */
    UNRECOGNISED
}
