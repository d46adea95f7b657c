package dev.vicimock.mock.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.testing.Dialer;
import dev.vicimock.mock.testing.States;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The debug output of {@code DB=1}: on 2.14-107 always, on 2.14-202 only with {@code allow_web_debug}. */
class DebugOutputTest {
    private static final String CC100 =
            "source=test&user=6666&pass=1234&function=update_phone&extension=cc100" + "&server_ip=10.0.9.8";
    private static final String AUTH_107 = "DEBUG: auth query - SELECT api_list_restrict,api_allowed_functions,"
            + "user_group,selected_language from vicidial_users where user='6666' and active='Y';\n";
    private static final String AUTH_202 = "DEBUG: auth query - SELECT api_list_restrict,api_allowed_functions,"
            + "user_group,selected_language,delete_inbound_dids,download_invalid_files,user_level from vicidial_users"
            + " where user='6666' and active='Y';\n";
    private static final String GROUP = "|SELECT allowed_campaigns,admin_viewable_groups from vicidial_user_groups"
            + " where user_group='ADMIN';|\n";
    private static final String UPDATED = "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|\n";

    /** The admin log INSERT as echoed: the logged statement has its semicolon removed, a pipe added, and slashes. */
    private static String logLine(String type, String code, String statement) {
        String sql = statement.replace(";", "").replace("'", "\\'") + "|";
        return "|INSERT INTO vicidial_admin_log set event_date='2025-01-15 07:00:00', user='6666', ip_address="
                + "'127.0.0.1', event_section='PHONES', event_type='" + type + "', record_id='" + recordId(statement)
                + "', event_code='" + code + "', event_sql=\"" + sql + "\", event_notes='phone: " + recordId(statement)
                + "|10.0.9.8';|\n";
    }

    private static String recordId(String statement) {
        int i = statement.indexOf("extension='") + "extension='".length();
        return statement.substring(i, statement.indexOf('\'', i));
    }

    private static Snapshot allowWebDebug() {
        return States.withSetting("allow_web_debug", "1");
    }

    private static Snapshot nonLatin() {
        return States.withSetting("use_non_latin", "1");
    }

    @Test
    void successOn107ShowsAuthGroupUpdateAndLog() {
        String update = "UPDATE phones SET install_directory=''  ,fullname='Dbg' WHERE extension='cc100'"
                + " and server_ip='10.0.9.8';";
        assertEquals(
                AUTH_107 + GROUP + "|" + update + "|\n" + logLine("MODIFY", "ADMIN API UPDATE PHONE", update) + UPDATED,
                Dialer.of("2.14-107").body(CC100 + "&phone_full_name=Dbg&DB=1"));
    }

    @Test
    void successOn107ListsTheColumnsInTheRealOrder() {
        String update = "UPDATE phones SET install_directory=''  ,dialplan_number='9001' ,active='N'"
                + " ,outbound_cid='3125550000' ,voicemail_id='77' ,login='nl' ,pass='pw' ,protocol='IAX2'"
                + " ,conf_secret='rp' ,fullname='Dbg' ,phone_context='ctx' ,email='a@b.cd' ,local_gmt='-5'"
                + " ,user_group='ADMIN' WHERE extension='cc100' and server_ip='10.0.9.8';";
        String fields = "&admin_user_group=ADMIN&local_gmt=-5&email=a%40b.cd&phone_context=ctx&phone_full_name=Dbg"
                + "&registration_password=rp&protocol=IAX2&phone_pass=pw&phone_login=nl&voicemail_id=77"
                + "&outbound_cid=3125550000&active=N&dialplan_number=9001";
        assertEquals(
                AUTH_107 + GROUP + "|" + update + "|\n" + logLine("MODIFY", "ADMIN API UPDATE PHONE", update) + UPDATED,
                Dialer.of("2.14-107").body(CC100 + fields + "&DB=1"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-107", "2.14-202"})
    void deleteShowsTheDeleteStatementAndItsLog(String profile) {
        Snapshot state = profile.equals("2.14-202") ? allowWebDebug() : States.seed(t -> {});
        String delete = "DELETE FROM phones WHERE extension='cc100' and server_ip='10.0.9.8';";
        assertEquals(
                (profile.equals("2.14-202") ? AUTH_202 : AUTH_107) + GROUP + "|" + delete + "|\n"
                        + logLine("DELETE", "ADMIN API DELETE PHONE", delete)
                        + "SUCCESS: update_phone PHONE HAS BEEN DELETED - 6666|cc100|10.0.9.8|\n",
                Dialer.of(profile, state).body(CC100 + "&delete_phone=Y&DB=1"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-107", "2.14-202"})
    void addShowsOnlyTheAuthLineAndTheLog(String profile) {
        boolean newer = profile.equals("2.14-202");
        String insert = "INSERT INTO phones SET  extension='cc300', dialplan_number='300', voicemail_id='300',"
                + " login='cc300', pass='test', server_ip='10.0.9.8', protocol='SIP', conf_secret='secret',"
                + " fullname='New Phone', local_gmt='-5.00', outbound_cid='3125550000', phone_context='default',"
                + " email='', active='Y', status='ACTIVE', user_group='---ALL---'" + (newer ? "     " : "") + ";";
        String add = "source=test&user=6666&pass=1234&function=add_phone&extension=cc300&dialplan_number=300"
                + "&voicemail_id=300&phone_login=cc300&phone_pass=test&server_ip=10.0.9.8&protocol=SIP"
                + "&registration_password=secret&phone_full_name=New+Phone&local_gmt=-5.00&outbound_cid=3125550000";
        assertEquals(
                (newer ? AUTH_202 : AUTH_107) + logLine("ADD", "ADMIN API ADD PHONE", insert)
                        + "SUCCESS: add_phone PHONE HAS BEEN ADDED - 6666|cc300|10.0.9.8|SIP|300\n",
                Dialer.of(profile, newer ? allowWebDebug() : States.seed(t -> {}))
                        .body(add + "&DB=1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                // query after the credentials; lines after the auth line, the last being the answer
                "function=update_phone&source=x; ERROR: Invalid Source - x|ERROR: Invalid Source: |x|",
                "function=update_phone&source=test&extension=c&server_ip=10.0.9.8; "
                        + "ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |6666|c|10.0.9.8",
                "function=update_phone&source=test&extension=cc100&server_ip=10.9.9.9; GROUP"
                        + "|ERROR: update_phone SERVER DOES NOT EXIST: |6666|10.9.9.9",
                "function=update_phone&source=test&extension=cc999&server_ip=10.0.9.8; GROUP"
                        + "|ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |6666|10.0.9.8|cc999",
                "function=update_phone&source=test&extension=cc100&server_ip=10.0.9.8&email=a; GROUP"
                        + "|ERROR: update_phone YOU MUST USE A VALID EMAIL: |6666|a",
                "function=update_phone&source=test&extension=cc100&server_ip=10.0.9.8; GROUP"
                        + "|NOTICE: update_phone NO UPDATES DEFINED: |6666|",
                "function=add_phone&source=test&extension=cc100; ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: "
                        + "|6666|cc100||||||||||",
                "function=nothing; ERROR: NO FUNCTION SPECIFIED",
            })
    void errorsOn107ShowTheLinesPrintedBeforeThem(String query, String lines) {
        String expected =
                AUTH_107 + lines.replace("GROUP|", GROUP).replace("|ERROR: Invalid", "\nERROR: Invalid") + "\n";
        assertEquals(expected, Dialer.of("2.14-107").body("user=6666&pass=1234&DB=1&" + query));
    }

    @Test
    void aRefusedDeleteOn107ShowsTheCallersAuthAndGroupLines() {
        assertEquals(
                AUTH_107.replace("6666", "7878") + GROUP
                        + "NOTICE: update_phone USER DOES NOT HAVE PERMISSION TO DELETE PHONES: |7878|0\n",
                Dialer.of("2.14-107").body(CC100.replace("6666", "7878") + "&delete_phone=Y&DB=1"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "user=6666&pass=wrong",
                "user=5555&pass=1234&function=update_phone&source=x&x=",
                "user=4444&pass=1234"
            })
    void aFailedLoginShowsNoDebugAndPermissionErrorsOnlyTheAuthLine(String credentials) {
        String body = Dialer.of("2.14-107")
                .body(credentials.replace("&x=", "") + "&function=update_phone"
                        + "&source=test&DB=1&extension=cc100&server_ip=10.0.9.8");
        if (credentials.contains("wrong")) {
            assertEquals("ERROR: Login incorrect, please try again: |6666|wrong|BAD|\n", body);
        } else {
            String user = credentials.substring(5, 9);
            assertEquals(
                    AUTH_107.replace("6666", user) + "ERROR: update_phone USER DOES NOT HAVE PERMISSION TO"
                            + " UPDATE PHONES: |" + user + "|0\n",
                    body);
        }
    }

    @Test
    void on202DbIsIgnoredWithoutAllowWebDebug() {
        Dialer d = Dialer.of("2.14-202");
        assertEquals(UPDATED, d.body(CC100 + "&phone_full_name=Dbg&DB=1"));
        assertEquals(
                "SUCCESS: update_phone PHONE HAS BEEN DELETED - 6666|cc100|10.0.9.8|\n",
                d.body(CC100 + "&delete_phone=Y&DB=1"));
    }

    @ParameterizedTest(name = "[{index}] fields {0}")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '"',
            value = {
                // the optional pieces, then five pieces each after one space whether given or not
                "&phone_full_name=Dbg; \" ,fullname='Dbg'     \"",
                "&is_webphone=Y; \" ,is_webphone='Y'    \"",
                "&phone_full_name=Dbg&on_hook_agent=N&outbound_alt_cid=3125550001; "
                        + "\" ,fullname='Dbg' ,outbound_alt_cid='3125550001'     ,on_hook_agent='N'\"",
                "none; \"     \"",
            })
    void on202WithAllowWebDebugTheUpdateShowsItsSpacing(String fields, String setList) {
        String update = "UPDATE phones SET install_directory='' " + setList + " WHERE extension='cc100'"
                + " and server_ip='10.0.9.8';";
        assertEquals(
                AUTH_202 + GROUP + "|" + update + "|\n" + logLine("MODIFY", "ADMIN API UPDATE PHONE", update) + UPDATED,
                Dialer.of("2.14-202", allowWebDebug()).body(CC100 + fields.replace("none", "") + "&DB=1"));
    }

    @Test
    void versionShowsNoDebug() {
        assertEquals(
                "VERSION: 2.14-107|BUILD: 180301-2301|DATE: 2025-01-15 07:00:00|EPOCH: 1736942400|DST: 0"
                        + "|TZ: -5.00|TZNOW: -5.00|\n",
                Dialer.of("2.14-107").body("function=version&DB=1"));
    }

    @ParameterizedTest(name = "{0} DB={1}")
    @CsvSource(
            delimiter = ';',
            value = {
                // profile; settings; DB as sent; which lines: all (auth, group, update, log), statements (update and
                // log
                // only: the auth and group lines need DB > 0, the others a truthy DB) or none
                "2.14-107; latin; 2; all",
                "2.14-107; latin; x; none",
                "2.14-107; latin; 0; none",
                "2.14-107; latin; 00; statements",
                "2.14-107; latin; 0x1; all",
                "2.14-107; nonLatin; 0.0; statements",
                "2.14-107; nonLatin; x; statements",
                "2.14-107; nonLatin; -1; statements",
                "2.14-107; nonLatin; 1x; all",
                "2.14-107; nonLatin; 0.5; all",
                "2.14-202; webDebug; 00; statements",
                "2.14-202; webDebug; x1; all",
                "2.14-202; webDebug; 0; none",
                "2.14-202; latin; 2; none",
            })
    void theDebugValueDecidesWhichLinesPrint(String profile, String settings, String db, String lines) {
        Snapshot state = switch (settings) {
            case "nonLatin" -> nonLatin();
            case "webDebug" -> allowWebDebug();
            default -> States.seed(t -> {});
        };
        String update = "UPDATE phones SET install_directory=''  ,fullname='Dbg'"
                + (profile.equals("2.14-202") ? "     " : "") + " WHERE extension='cc100' and server_ip='10.0.9.8';";
        String statements = "|" + update + "|\n" + logLine("MODIFY", "ADMIN API UPDATE PHONE", update);
        String expected = switch (lines) {
            case "all" -> (profile.equals("2.14-202") ? AUTH_202 : AUTH_107) + GROUP + statements + UPDATED;
            case "statements" -> statements + UPDATED;
            default -> UPDATED;
        };
        assertEquals(expected, Dialer.of(profile, state).body(CC100 + "&phone_full_name=Dbg&DB=" + db));
    }
}
