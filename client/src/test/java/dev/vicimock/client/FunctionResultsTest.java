package dev.vicimock.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Typed results read from real answers; the recorded bodies of every release are read in mock-server's tests. */
class FunctionResultsTest {

    @Test
    void anAddedUserCarriesWhatTheServerTook() {
        AddUserResult added =
                AddUserResult.parse("SUCCESS: add_user USER HAS BEEN ADDED - 8001|1101|pw|1|New Agent|AGENTS\n");
        assertTrue(added.added());
        assertEquals("1101", added.agentUser());
        assertEquals("New Agent", added.agentFullName());
        assertEquals("AGENTS", added.agentUserGroup());
        assertEquals("8001", added.user());
        assertEquals(List.of(), added.unread());
    }

    @Test
    void updateUserGivesItsNoticesBeforeTheLastLine() {
        UpdateUserResult result = UpdateUserResult.parse(
                "NOTICE: update_user USER CAMPAIGN RANKS/GRADES HAVE BEEN UPDATED - 8001|9001|1|\n"
                        + "NOTICE: update_user USER IN-GROUP RANKS/GRADES HAVE BEEN UPDATED - 8001|9001|1|\n"
                        + "SUCCESS: update_user USER HAS BEEN UPDATED - 8001|9001|\n");
        assertTrue(result.updated());
        assertEquals(2, result.notices().size());
        assertEquals("1", result.notices().get(1).get("ingroup_rank"));
        assertEquals("9001", result.agentUser());
    }

    @Test
    void aRankOnlyUpdateEndsInAnError() {
        UpdateUserResult result = UpdateUserResult.parse(
                "NOTICE: update_user USER CAMPAIGN RANKS/GRADES HAVE BEEN UPDATED - 8001|9001|5|\n"
                        + "ERROR: update_user NO UPDATES DEFINED: |8001|\n");
        assertEquals(Outcome.ERROR, result.outcome());
        assertTrue(result.noUpdates());
        assertEquals(1, result.notices().size());
    }

    @Test
    void theInvalidSourceAnswerIsAnErrorOfTwoLines() {
        UpdatePhoneResult result = UpdatePhoneResult.parse("ERROR: Invalid Source - t\nERROR: Invalid Source: |t|\n");
        assertTrue(result.isError());
        assertEquals("Invalid Source", result.reason());
        assertEquals("t", result.reply().before().get(0).get("source"));
        assertEquals(List.of(), result.unread());
    }

    @Test
    void anEmptyBodyIsNoAnswer() {
        assertEquals(Outcome.NONE, AddPhoneResult.parse("").outcome());
    }

    @Test
    void readsTheVersionInTheLinesOrder() {
        VersionResult version = VersionResult.parse("VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2026-11-26 10:11:12"
                + "|EPOCH: 1795687872|DST: 0|TZ: -5.00|TZNOW: -5|\n");
        assertEquals("2.14-202", version.version());
        assertEquals("-5.00", version.tz());
        assertEquals(
                List.of("VERSION", "BUILD", "DATE", "EPOCH", "DST", "TZ", "TZNOW"),
                List.copyOf(version.values().keySet()));
        assertEquals(List.of(), version.unread());
    }

    @Test
    void readsUserDetailsInEachDelimiterWithAndWithoutHeader() {
        UserRow agent = new UserRow("9001", "Agent One", "AGENTS", "1", "Y");
        assertEquals(
                List.of(agent),
                UserDetailsResult.parse("9001|Agent One|AGENTS|1|Y\n").rows());
        assertEquals(
                List.of(agent),
                UserDetailsResult.parse("9001,Agent One,AGENTS,1,Y\n").rows());
        assertEquals(
                List.of(agent),
                UserDetailsResult.parse("9001\tAgent One\tAGENTS\t1\tY\n").rows());
        UserDetailsResult withHeader =
                UserDetailsResult.parse("user,full_name,user_group,user_level,active\n9001,Agent One,AGENTS,1,Y\n");
        assertTrue(withHeader.header());
        assertEquals(Optional.of(','), withHeader.delimiter());
        assertEquals(Optional.of(agent), withHeader.row());
        assertEquals(List.of(), withHeader.unread());
    }

    @Test
    void aFullNameMayHoldTheDelimiter() {
        UserDetailsResult result = UserDetailsResult.parse("9005|O|Neil, \"Jr\"|AGENTS|3|Y\n");
        assertEquals("O|Neil, \"Jr\"", result.row().orElseThrow().fullName());
        assertEquals("3", result.row().orElseThrow().userLevel());
    }

    @Test
    void aUserDetailsErrorHasNoRows() {
        UserDetailsResult result = UserDetailsResult.parse("ERROR: user_details USER NOT FOUND: 8001|nosuch\n");
        assertFalse(result.isSuccess());
        assertEquals("nosuch", result.reply().main().get("agent_user"));
        assertEquals(List.of(), result.unread());
    }

    @Test
    void aGroupAliasNamesItsCallerId() {
        AddGroupAliasResult result = AddGroupAliasResult.parse(
                "SUCCESS: add_group_alias GROUP ALIAS HAS BEEN ADDED - 8001|GA2|Group Two|3125551212\n");
        assertEquals("GA2", result.groupAliasId());
        assertEquals("3125551212", result.callerIdNumber());
    }
}
