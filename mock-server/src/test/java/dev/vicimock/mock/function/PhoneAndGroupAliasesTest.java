package dev.vicimock.mock.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.state.AdminLogEntry;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.Tables;
import dev.vicimock.mock.testing.Dialer;
import dev.vicimock.mock.testing.States;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What add_phone_alias, update_phone_alias and add_group_alias store and log, alike on both releases. */
class PhoneAndGroupAliasesTest {
    private static final String AS_8001 = "source=test&user=8001&pass=1234&function=";

    private static Row alias(Dialer d, String id) {
        return d.snapshot().rows(Tables.PHONES_ALIAS).stream()
                .filter(r -> r.text("alias_id").equals(id))
                .findFirst()
                .orElse(null);
    }

    private static Row groupAlias(Dialer d, String id) {
        return d.snapshot().rows(Tables.GROUPS_ALIAS).stream()
                .filter(r -> r.text("group_alias_id").equals(id))
                .findFirst()
                .orElse(null);
    }

    private static List<AdminLogEntry> log(Dialer d) {
        return d.snapshot().adminLog();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void anAliasLivesThroughAddUpdateAndDeleteWithOneLogEntryEach(String profile) {
        Dialer d = Dialer.of(profile, States.provisioning());
        assertEquals(
                "SUCCESS: add_phone_alias PHONE ALIAS HAS BEEN ADDED - 8001|alias9|Nine|cc100\n",
                d.body(AS_8001 + "add_phone_alias&alias_id=alias9&alias_name=Nine&phone_logins=cc100"));
        assertEquals("---ALL---", alias(d, "alias9").text("user_group"));
        assertEquals(
                "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN UPDATED - 8001|alias9|\n",
                d.body(AS_8001 + "update_phone_alias&alias_id=alias9&phone_logins=cc101%2C55000"));
        assertEquals("cc101,55000", alias(d, "alias9").text("logins_list"));
        assertEquals("Nine", alias(d, "alias9").text("alias_name"));
        assertEquals(
                "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN DELETED - 8001|alias9\n",
                d.body(AS_8001 + "update_phone_alias&alias_id=alias9&delete_alias=Y"));
        assertNull(alias(d, "alias9"));

        List<AdminLogEntry> entries = log(d);
        assertEquals(3, entries.size());
        assertEquals(
                List.of(
                        "PHONEALIASES ADD ADMIN API ADD PHONE ALIAS phones: cc100",
                        "PHONEALIASES MODIFY ADMIN API UPDATE PHONE phones: cc101,55000",
                        "PHONEALIASES DELETE ADMIN API DELETE PHONE ALIAS "),
                entries.stream()
                        .map(e -> e.eventSection() + " " + e.eventType() + " " + e.eventCode() + " " + e.eventNotes())
                        .toList());
        assertEquals(
                "UPDATE phones_alias SET logins_list='cc101,55000' WHERE alias_id='alias9'|",
                entries.get(1).eventSql());
        entries.forEach(e -> assertEquals("alias9", e.recordId()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void anUpdateSetsTheLoginsBeforeTheName(String profile) {
        Dialer d = Dialer.of(profile, States.provisioning());
        d.body(AS_8001 + "update_phone_alias&alias_id=ALIAS1&alias_name=Both&phone_logins=cc100");
        assertEquals(
                "UPDATE phones_alias SET logins_list='cc100',alias_name='Both' WHERE alias_id='ALIAS1'|",
                log(d).get(0).eventSql());
        assertEquals("Both", alias(d, "alias1").text("alias_name"), "the id is looked up case-insensitively");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void aDeleteSkipsTheFieldChecks(String profile) {
        Dialer d = Dialer.of(profile, States.provisioning());
        assertEquals(
                "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN DELETED - 8001|alias1\n",
                d.body(AS_8001 + "update_phone_alias&alias_id=alias1&delete_alias=Y&alias_name=X&phone_logins=no"));
        assertNull(alias(d, "alias1"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void aDeleteWithoutThePhoneDeleteRightIsANoticeAndWritesNothing(String profile) {
        Dialer d = Dialer.of(profile, States.provisioning());
        Snapshot before = States.writable(d.snapshot());
        assertEquals(
                "NOTICE: update_phone_alias USER DOES NOT HAVE PERMISSION TO DELETE PHONE ALIASES: |7878|0\n",
                d.body("source=test&user=7878&pass=1234&function=update_phone_alias&alias_id=alias1&delete_alias=Y"));
        assertEquals(before, States.writable(d.snapshot()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void aLoginListShorterThanTwoIsIgnoredAndNothingLeftIsANotice(String profile) {
        Dialer d = Dialer.of(profile, States.provisioning());
        assertEquals(
                "NOTICE: update_phone_alias NO UPDATES DEFINED: |8001|\n",
                d.body(AS_8001 + "update_phone_alias&alias_id=alias1&delete_alias=N&phone_logins=c"));
        assertEquals(0, log(d).size());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"2.14-202, cc100%2C", "2.14-107, cc100%2C", "2.14-202, %2Ccc100", "2.14-107, cc100%2C%2Ccc101"})
    void anEmptyLoginInTheListIsAPhoneThatDoesNotExist(String profile, String logins) {
        assertEquals(
                "ERROR: add_phone_alias PHONE DOES NOT EXIST: |8001|\n",
                Dialer.of(profile, States.provisioning())
                        .body(AS_8001 + "add_phone_alias&alias_id=alias3&alias_name=A3&phone_logins=" + logins));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void theDatabaseCutsTheAliasColumnsToTheirWidths(String profile) {
        Dialer d = Dialer.of(profile, States.provisioning());
        String logins = "cc100" + ",cc101".repeat(60);
        d.body(AS_8001 + "add_phone_alias&alias_id=" + "a".repeat(25) + "&alias_name=" + "n".repeat(60)
                + "&phone_logins=" + logins);
        Row row = alias(d, "a".repeat(20));
        assertEquals("n".repeat(50), row.text("alias_name"));
        assertEquals(logins.substring(0, 255), row.text("logins_list"));
        d.body(AS_8001 + "add_group_alias&group_alias_id=" + "g".repeat(35) + "&caller_id_number=" + "1".repeat(25)
                + "&caller_id_name=" + "c".repeat(25));
        Row group = groupAlias(d, "g".repeat(30));
        assertEquals("1".repeat(20), group.text("caller_id_number"));
        assertEquals("1".repeat(25), group.text("group_alias_name"));
        assertEquals("c".repeat(20), group.text("caller_id_name"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void anIdThatIsTakenOnceCutFailsTheInsert(String profile) {
        Dialer d = Dialer.of(profile, States.provisioning());
        d.body(AS_8001 + "add_phone_alias&alias_id=" + "a".repeat(20) + "&alias_name=First&phone_logins=cc100");
        Answer second = d.get(
                AS_8001 + "add_phone_alias&alias_id=" + "a".repeat(20) + "X&alias_name=A" + "&phone_logins=cc100");
        if (profile.equals("2.14-202")) {
            assertEquals(500, second.status());
            assertEquals("", Dialer.text(second));
            assertEquals(1, log(d).size());
        } else {
            // PHP 7 carries on past the failed INSERT: it answers success and logs
            assertEquals(
                    "SUCCESS: add_phone_alias PHONE ALIAS HAS BEEN ADDED - 8001|" + "a".repeat(20) + "X|A|cc100\n",
                    Dialer.text(second));
            assertEquals(2, log(d).size());
        }
        assertEquals("First", alias(d, "a".repeat(20)).text("alias_name"), "the first row stays");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void aGroupAliasTakesItsDefaultsFromTheNumber(String profile) {
        Dialer d = Dialer.of(profile, States.provisioning());
        assertEquals(
                "SUCCESS: add_group_alias GROUP ALIAS HAS BEEN ADDED - 8001|3125550000|3125550000|3125550000\n",
                d.body(AS_8001 + "add_group_alias&group_alias_id=G&group_alias_name=N&caller_id_number=3125550000"));
        Row row = groupAlias(d, "3125550000");
        assertEquals("Y", row.text("active"));
        assertEquals("---ALL---", row.text("user_group"));
        assertEquals("", row.text("caller_id_name"));
        AdminLogEntry entry = log(d).get(0);
        assertEquals(
                "GROUPALIASES ADD ADMIN API ADD GROUP ALIAS 3125550000",
                entry.eventSection() + " " + entry.eventType() + " " + entry.eventCode() + " " + entry.recordId());
        assertEquals(
                "INSERT INTO groups_alias (group_alias_id,group_alias_name,caller_id_number,caller_id_name,"
                        + "active,user_group) values('3125550000','3125550000','3125550000','','Y','---ALL---')|",
                entry.eventSql());
    }

    @ParameterizedTest(name = "{0} active={1}")
    @CsvSource({"2.14-202, N, N", "2.14-202, X, ''", "2.14-107, X, ''", "2.14-107, y, Y"})
    void activeIsNotCheckedAndTheColumnKeepsOnlyYOrN(String profile, String active, String stored) {
        Dialer d = Dialer.of(profile, States.provisioning());
        assertTrue(d.body(AS_8001 + "add_group_alias&group_alias_id=GA7&caller_id_number=3125550000&active=" + active)
                .startsWith("SUCCESS"));
        assertEquals(stored, groupAlias(d, "GA7").text("active"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void aGroupAliasIdIsLookedUpCaseInsensitively(String profile) {
        assertEquals(
                "ERROR: add_group_alias GROUP ALIAS ALREADY EXISTS: |8001|ga1|3125550000\n",
                Dialer.of(profile, States.provisioning())
                        .body(AS_8001 + "add_group_alias&group_alias_id=ga1&caller_id_number=3125550000"));
    }

    @Test
    void anApostropheLetThroughByUseNonLatinOn2_14_107BreaksEveryStatementSilently() {
        Dialer d = Dialer.of("2.14-107", States.provisioningWithSetting("use_non_latin", "1"));
        Snapshot before = States.writable(d.snapshot());
        // the count query breaks (no alias counted), the INSERT breaks, and so does the log's INSERT
        assertEquals(
                "SUCCESS: add_phone_alias PHONE ALIAS HAS BEEN ADDED - 8001|o'k|A|cc100\n",
                d.body(AS_8001 + "add_phone_alias&alias_id=o%27k&alias_name=A&phone_logins=cc100"));
        assertEquals(before, States.writable(d.snapshot()));
        assertEquals(
                "ERROR: add_phone_alias PHONE DOES NOT EXIST: |8001|cc'100\n",
                d.body(AS_8001 + "add_phone_alias&alias_id=alias3&alias_name=A&phone_logins=cc%27100"));
    }
}
