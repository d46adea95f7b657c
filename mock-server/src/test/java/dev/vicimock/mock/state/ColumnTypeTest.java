package dev.vicimock.mock.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the users columns store for a written value, as the database in non-strict mode does. */
class ColumnTypeTest {
    private static Object users(String column, String text) {
        return Tables.USERS.store(column, text);
    }

    @Test
    void aVarcharKeepsItsWidthInCharacters() {
        assertEquals("u".repeat(20), users("user", "u".repeat(21)));
        assertEquals("é".repeat(10), users("voicemail_id", "é".repeat(12)));
        assertEquals("7001 ", users("user", "7001 "));
    }

    @Test
    void anIntegerIsClampedToItsTypesRange() {
        assertEquals(255L, users("user_level", "300"));
        assertEquals(0L, users("user_level", "-3"));
        assertEquals(32767L, users("wrapup_seconds_override", "99999"));
        assertEquals(-32768L, users("wrapup_seconds_override", "-99999999999999999999"));
        assertEquals(1L, users("user_level", "1x"));
        assertEquals(0L, users("user_level", "x"));
    }

    @Test
    void anEnumKeepsAMemberAndStoresTheEmptyValueForAnythingElse() {
        assertEquals("1", users("hotkeys_active", "1"));
        assertEquals("", users("hotkeys_active", "5"));
        assertEquals("", users("closer_default_blended", "abc"));
        assertEquals("Y", users("active", "y"));
    }

    @Test
    void aNumberAnEnumDoesNotListIsTheMembersPosition() {
        assertEquals("1", users("hotkeys_active", "2"));
        assertEquals("", users("hotkeys_active", "00"));
    }

    @Test
    void aColumnWithoutATypeKeepsTheText() {
        assertEquals(" INGA -", users("closer_campaigns", " INGA -"));
        assertEquals(null, users("closer_campaigns", null));
    }
}
