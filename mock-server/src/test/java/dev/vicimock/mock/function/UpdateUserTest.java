package dev.vicimock.mock.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.state.AdminLogEntry;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.StateJson;
import dev.vicimock.mock.state.Tables;
import dev.vicimock.mock.testing.Dialer;
import dev.vicimock.mock.testing.States;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** update_user's answers and writes beyond the order of its checks, per release. */
class UpdateUserTest {
    private static final String CALL = "source=test&user=8001&pass=1234&function=update_user&agent_user=9001";

    private static Dialer dialer(String profile) {
        return Dialer.of(profile, States.provisioning());
    }

    private static List<AdminLogEntry> added(Snapshot before, Snapshot after) {
        return after.adminLog()
                .subList(before.adminLog().size(), after.adminLog().size());
    }

    private static Row campaignAgent(Snapshot s, String user, String campaign) {
        return s.rows(Tables.CAMPAIGN_AGENTS).stream()
                .filter(r ->
                        r.text("user").equals(user) && r.text("campaign_id").equals(campaign))
                .findFirst()
                .orElse(null);
    }

    private static Row liveAgent(Snapshot s, String user) {
        return s.rows(Tables.LIVE_AGENTS).stream()
                .filter(r -> r.text("user").equals(user))
                .findFirst()
                .orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void refusingAHigherUserEndsWithAnEmptyLine(String profile) {
        assertEquals(
                "ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE THIS USER: |8004|9009|<=|8\n\n",
                dialer(profile)
                        .body("source=test&user=8004&pass=1234&function=update_user&agent_user=9009"
                                + "&agent_full_name=X"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void aMissingUserEchoesTheServerIpParameter(String profile) {
        assertEquals(
                "ERROR: update_user USER DOES NOT EXIST: |8001|10.0.9.8\n",
                dialer(profile)
                        .body("source=test&user=8001&pass=1234&function=update_user&agent_user=nosuch"
                                + "&server_ip=10.0.9.8"));
    }

    @Test
    void aRankOnlyCallAnswersTheNoticeThenNoUpdates() {
        assertEquals(
                "NOTICE: update_user USER CAMPAIGN RANKS/GRADES HAVE BEEN UPDATED - 8001|9001|5|\n"
                        + "ERROR: update_user NO UPDATES DEFINED: |8001|\n",
                dialer("2.14-202").body(CALL + "&campaign_rank=5"));
        assertEquals(
                "NOTICE: update_user USER CAMPAIGN RANKS HAVE BEEN UPDATED - 8001|9001|5|\n"
                        + "ERROR: update_user NO UPDATES DEFINED: |8001|\n",
                dialer("2.14-107").body(CALL + "&campaign_rank=5"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void aCampaignRankReachesEveryCampaignAndTheLiveAgentOnlyWithGrades(String profile) {
        Dialer d = dialer(profile);
        Snapshot before = d.snapshot();
        d.get(CALL + "&campaign_rank=4");
        Snapshot after = d.snapshot();
        Row kept = campaignAgent(after, "9001", "CAMPA");
        assertEquals(
                List.of(4L, 4L, 5L),
                List.of(kept.value("campaign_rank"), kept.value("campaign_weight"), kept.value("campaign_grade")));
        Row added = campaignAgent(after, "9001", "CAMPB");
        assertEquals(
                List.of(4L, 4L, 1L, 0L),
                List.of(
                        added.value("campaign_rank"),
                        added.value("campaign_weight"),
                        added.value("campaign_grade"),
                        added.value("calls_today")));
        Row live = liveAgent(after, "9001");
        if (profile.equals("2.14-202")) {
            // the missing grade is pasted as '' and the database reads it as 0
            assertEquals(List.of(4L, 0L), List.of(live.value("campaign_weight"), live.value("campaign_grade")));
        } else {
            assertEquals(liveAgent(before, "9001"), live);
        }
        List<AdminLogEntry> log = added(before, after);
        assertEquals(1, log.size());
        assertEquals(
                List.of("USERS", "MODIFY", "9001", "ADMIN API UPDATE USER RANK"),
                List.of(
                        log.get(0).eventSection(),
                        log.get(0).eventType(),
                        log.get(0).recordId(),
                        log.get(0).eventCode()));
    }

    @Test
    void campRgOnlyLimitsTheRanksAndTheLiveAgentToTheNamedCampaign() {
        Dialer d = dialer("2.14-202");
        Snapshot before = d.snapshot();
        assertEquals(
                "NOTICE: update_user USER CAMPAIGN RANKS/GRADES HAVE BEEN UPDATED - 8001|9001|6||CAMPB|1\n"
                        + "ERROR: update_user NO UPDATES DEFINED: |8001|\n",
                d.body(CALL + "&campaign_rank=6&camp_rg_only=1&campaign_id=CAMPB"));
        Snapshot after = d.snapshot();
        assertEquals(campaignAgent(before, "9001", "CAMPA"), campaignAgent(after, "9001", "CAMPA"));
        assertNotNull(campaignAgent(after, "9001", "CAMPB"));
        assertEquals(liveAgent(before, "9001"), liveAgent(after, "9001"));
    }

    @Test
    void inGroupRanksAreOnlyKnownWithRanksAndGrades() {
        assertEquals(
                "NOTICE: update_user USER IN-GROUP RANKS/GRADES HAVE BEEN UPDATED - 8001|9001|5|\n"
                        + "ERROR: update_user NO UPDATES DEFINED: |8001|\n",
                dialer("2.14-202").body(CALL + "&ingroup_rank=5"));
        assertEquals(
                "ERROR: update_user NO UPDATES DEFINED: |8001|\n",
                dialer("2.14-107").body(CALL + "&ingroup_rank=5"));
    }

    @Test
    void campaignRankDoubleDashIsZeroOnPhp7AndInvalidOnPhp8() {
        assertEquals(
                "ERROR: update_user YOU MUST USE A VALID CAMPAIGN RANK, THIS IS AN OPTIONAL FIELD: |8001|--\n",
                dialer("2.14-202").body(CALL + "&campaign_rank=--"));
        Dialer d = dialer("2.14-107");
        assertEquals(
                "NOTICE: update_user USER CAMPAIGN RANKS HAVE BEEN UPDATED - 8001|9001|--|\n"
                        + "ERROR: update_user NO UPDATES DEFINED: |8001|\n",
                d.body(CALL + "&campaign_rank=--"));
        assertEquals(0L, campaignAgent(d.snapshot(), "9001", "CAMPA").value("campaign_rank"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void anUpdateClearsTheFailedLoginCountAndLogsOneEntry(String profile) {
        Dialer d = Dialer.of(profile, withFailedLogins(4));
        Snapshot before = d.snapshot();
        assertEquals(
                "SUCCESS: update_user USER HAS BEEN UPDATED - 8001|9001|\n", d.body(CALL + "&agent_full_name=Reset"));
        Row agent = d.user("9001");
        assertEquals(0L, agent.value("failed_login_count"));
        assertEquals("Reset", agent.text("full_name"));
        List<AdminLogEntry> log = added(before, d.snapshot());
        assertEquals(1, log.size());
        assertEquals("ADMIN API UPDATE USER", log.get(0).eventCode());
        assertEquals(
                "UPDATE vicidial_users SET failed_login_count='0'  ,full_name='Reset' WHERE user='9001'|",
                log.get(0).eventSql());
        assertEquals("user: 9001", log.get(0).eventNotes());
    }

    private static Snapshot withFailedLogins(int count) {
        ObjectNode tree = StateJson.toTree(States.provisioning());
        tree.withArray("users").forEach(r -> {
            if (r.path("user").asText().equals("9001")) {
                ((ObjectNode) r).put("failed_login_count", count);
            }
        });
        return States.read(tree);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void deletingLeavesTheAgentRowsAndLogsADeleteEntry(String profile) {
        Dialer d = dialer(profile);
        Snapshot before = d.snapshot();
        assertEquals("SUCCESS: update_user USER HAS BEEN DELETED - 8001|9001|\n", d.body(CALL + "&delete_user=Y"));
        Snapshot after = d.snapshot();
        assertNull(States.user(after, "9001"));
        assertEquals(before.rows(Tables.CAMPAIGN_AGENTS), after.rows(Tables.CAMPAIGN_AGENTS));
        List<AdminLogEntry> log = added(before, after);
        assertEquals(
                List.of("DELETE", "ADMIN API DELETE USER", "DELETE FROM vicidial_users WHERE user='9001'|"),
                List.of(
                        log.get(0).eventType(),
                        log.get(0).eventCode(),
                        log.get(0).eventSql()));
    }

    @Test
    void anApostropheInTheEmailKillsPhp8AndIsSilentlyLostOnPhp7() {
        Dialer php8 = dialer("2.14-202");
        Snapshot before8 = php8.snapshot();
        Answer crash = php8.get(CALL + "&email=o%27b%40example.com");
        assertEquals(500, crash.status());
        assertEquals(before8.adminLog().size(), php8.snapshot().adminLog().size());

        Dialer php7 = dialer("2.14-107");
        Snapshot before7 = php7.snapshot();
        assertEquals(
                "SUCCESS: update_user USER HAS BEEN UPDATED - 8001|9001|\n",
                php7.body(CALL + "&email=o%27b%40example.com"));
        assertEquals(
                States.user(before7, "9001").text("email"), php7.user("9001").text("email"));
        assertEquals(1, added(before7, php7.snapshot()).size());
    }

    @Test
    void theDatabaseCutsAndConvertsWhatTheChecksLetThrough() {
        Dialer d = dialer("2.14-202");
        d.get(CALL + "&agent_pass=" + "p".repeat(120) + "&wrapup_seconds_override=1-2");
        assertEquals("p".repeat(100), d.user("9001").text("pass"));
        assertEquals(1L, d.user("9001").value("wrapup_seconds_override"));
    }

    @Test
    void inGroupsAndVoicemailBlankAreOnlyKnownWithTheExtras() {
        Dialer d = dialer("2.14-202");
        d.get(CALL + "&in_groups=INGA%7CINGB");
        assertEquals(" INGA INGB -", d.user("9001").text("closer_campaigns"));
        assertEquals(
                "ERROR: update_user NO UPDATES DEFINED: |8001|\n",
                dialer("2.14-107").body(CALL + "&in_groups=INGA%7CINGB"));
    }

    @Test
    void aPasswordResetReportsTheMailFailureWithTheLastPhpWarning() {
        assertEquals(
                "NOTICE: update_user USER PASSWORD RESET FAILED: EMAIL FAILURE - 8001|9001|agent1@example.com"
                        + "|Undefined variable $login_problem\nERROR: update_user NO UPDATES DEFINED: |8001|\n",
                dialer("2.14-202").body(CALL + "&reset_password=8"));
        // a campaign block without camp_rg_only reads an undefined variable after the login code did
        assertEquals(
                "NOTICE: update_user USER CAMPAIGN RANKS/GRADES HAVE BEEN UPDATED - 8001|9001|1|\n"
                        + "NOTICE: update_user USER PASSWORD RESET FAILED: EMAIL FAILURE - 8001|9001|agent1@example.com"
                        + "|Undefined variable $camp_rg_only_andSQL\nERROR: update_user NO UPDATES DEFINED: |8001|\n",
                dialer("2.14-202").body(CALL + "&campaign_rank=1&reset_password=8"));
        assertEquals(
                "ERROR: update_user NO UPDATES DEFINED: |8001|\n",
                dialer("2.14-107").body(CALL + "&reset_password=8"));
    }

    @Test
    void aPasswordResetNeedsAValidEmail() {
        assertEquals(
                "NOTICE: update_user USER PASSWORD RESET FAILED: NO VALID EMAIL PROVIDED - 8001|9002|not-an-email\n"
                        + "ERROR: update_user NO UPDATES DEFINED: |8001|\n",
                dialer("2.14-202")
                        .body("source=test&user=8001&pass=1234&function=update_user&agent_user=9002"
                                + "&reset_password=8"));
    }
}
