package dev.vicimock.mock.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of the {@code vicidial-state/1} format with the upstream schema's defaults, so a state file
 * may leave out any column it does not care about.
 */
public final class Tables {
    public static final Schema SERVERS = new Schema(
            "servers",
            List.of("server_ip"),
            Set.of(),
            columns(
                    "server_ip", "",
                    "server_id", "",
                    "server_description", null,
                    "local_gmt", "-5.00",
                    "active", "Y",
                    "active_asterisk_server", "Y",
                    "generate_vicidial_conf", "Y",
                    "rebuild_conf_files", "Y"));

    public static final Schema USER_GROUPS = new Schema(
            "user_groups",
            List.of("user_group"),
            Set.of(),
            columns(
                    "user_group", "",
                    "group_name", "",
                    "admin_viewable_groups", " ---ALL---",
                    "allowed_campaigns", null));

    public static final Schema USERS = new Schema(
                    "users",
                    List.of("user"),
                    Set.of("user_level", "failed_login_count", "wrapup_seconds_override"),
                    columns(
                            "user", "",
                            "pass", "",
                            "full_name", null,
                            "user_level", 1L,
                            "user_group", null,
                            "active", "Y",
                            "ast_admin_access", "0",
                            "ast_delete_phones", "0",
                            "vdc_agent_api_access", "0",
                            "api_allowed_functions", " ALL_FUNCTIONS ",
                            "failed_login_count", 0L,
                            "last_login_date", "2001-01-01 00:00:01",
                            "phone_login", null,
                            "phone_pass", null,
                            "delete_users", "0",
                            "modify_users", "0",
                            "modify_same_user_level", "1",
                            "view_reports", "0",
                            "hotkeys_active", "0",
                            "agent_choose_ingroups", "1",
                            "agent_choose_blended", "1",
                            "closer_default_blended", "0",
                            "closer_campaigns", null,
                            "scheduled_callbacks", "1",
                            "agentcall_manual", "0",
                            "voicemail_id", null,
                            "email", "",
                            "user_code", "",
                            "territory", "",
                            "custom_one", "",
                            "custom_two", "",
                            "custom_three", "",
                            "custom_four", "",
                            "custom_five", "",
                            "pass_hash", "",
                            "wrapup_seconds_override", -1L,
                            "force_change_password", "N"))
            .typed(Map.ofEntries(
                    Map.entry("user", ColumnType.varchar(20)),
                    Map.entry("pass", ColumnType.varchar(100)),
                    Map.entry("full_name", ColumnType.varchar(50)),
                    Map.entry("user_level", ColumnType.integer(0, 255)),
                    Map.entry("user_group", ColumnType.varchar(20)),
                    Map.entry("active", ColumnType.enumeration("Y", "N")),
                    Map.entry("ast_admin_access", ColumnType.enumeration("0", "1")),
                    Map.entry("ast_delete_phones", ColumnType.enumeration("0", "1")),
                    Map.entry("vdc_agent_api_access", ColumnType.enumeration("0", "1")),
                    Map.entry("api_allowed_functions", ColumnType.varchar(1000)),
                    Map.entry("failed_login_count", ColumnType.integer(0, 255)),
                    Map.entry("phone_login", ColumnType.varchar(20)),
                    Map.entry("phone_pass", ColumnType.varchar(100)),
                    Map.entry("delete_users", ColumnType.enumeration("0", "1")),
                    Map.entry("modify_users", ColumnType.enumeration("0", "1")),
                    Map.entry("modify_same_user_level", ColumnType.enumeration("0", "1")),
                    Map.entry("view_reports", ColumnType.enumeration("0", "1")),
                    Map.entry("hotkeys_active", ColumnType.enumeration("0", "1")),
                    Map.entry("agent_choose_ingroups", ColumnType.enumeration("0", "1")),
                    Map.entry("agent_choose_blended", ColumnType.enumeration("0", "1")),
                    Map.entry("closer_default_blended", ColumnType.enumeration("0", "1")),
                    Map.entry("scheduled_callbacks", ColumnType.enumeration("0", "1")),
                    Map.entry("agentcall_manual", ColumnType.enumeration("0", "1", "2", "3", "4", "5")),
                    Map.entry("voicemail_id", ColumnType.varchar(10)),
                    Map.entry("email", ColumnType.varchar(100)),
                    Map.entry("user_code", ColumnType.varchar(100)),
                    Map.entry("territory", ColumnType.varchar(100)),
                    Map.entry("custom_one", ColumnType.varchar(100)),
                    Map.entry("custom_two", ColumnType.varchar(100)),
                    Map.entry("custom_three", ColumnType.varchar(100)),
                    Map.entry("custom_four", ColumnType.varchar(100)),
                    Map.entry("custom_five", ColumnType.varchar(100)),
                    Map.entry("pass_hash", ColumnType.varchar(500)),
                    Map.entry("wrapup_seconds_override", ColumnType.integer(-32768, 32767)),
                    Map.entry("force_change_password", ColumnType.enumeration("Y", "N")),
                    Map.entry("closer_campaigns", ColumnType.varchar(65535))));

    public static final Schema CONF_TEMPLATES = new Schema(
            "conf_templates",
            List.of("template_id"),
            Set.of(),
            columns(
                    "template_id", "",
                    "template_name", ""));

    public static final Schema PHONES = new Schema(
            "phones",
            List.of("extension", "server_ip"),
            Set.of("phone_ring_timeout"),
            List.of("login"),
            columns(
                    "extension", "",
                    "server_ip", "",
                    "dialplan_number", "",
                    "voicemail_id", "",
                    "login", null,
                    "pass", null,
                    "protocol", "SIP",
                    "conf_secret", "test",
                    "fullname", null,
                    "local_gmt", "-5.00",
                    "outbound_cid", null,
                    "outbound_alt_cid", "",
                    "phone_context", "default",
                    "email", null,
                    "active", "Y",
                    "status", "ACTIVE",
                    "user_group", "---ALL---",
                    "is_webphone", "N",
                    "webphone_auto_answer", "Y",
                    "use_external_server_ip", "N",
                    "template_id", "",
                    "on_hook_agent", "N",
                    "install_directory", "/usr/local/perl_TK",
                    "phone_ring_timeout", 60L,
                    "delete_vm_after_email", "N"));

    public static final Schema CAMPAIGNS = new Schema(
            "campaigns",
            List.of("campaign_id"),
            Set.of(),
            columns(
                    "campaign_id", "",
                    "campaign_name", null,
                    "active", null));

    public static final Schema INBOUND_GROUPS = new Schema(
            "inbound_groups",
            List.of("group_id"),
            Set.of(),
            columns(
                    "group_id", "",
                    "group_name", null,
                    "active", null));

    /** vicidial_campaign_agents: an agent's rank, weight and grade in one campaign. */
    public static final Schema CAMPAIGN_AGENTS = new Schema(
                    "campaign_agents",
                    List.of("user", "campaign_id"),
                    Set.of("campaign_rank", "campaign_weight", "campaign_grade", "calls_today"),
                    List.of("user"),
                    columns(
                            "user", "",
                            "campaign_id", "",
                            "campaign_rank", 0L,
                            "campaign_weight", 0L,
                            "campaign_grade", 1L,
                            "calls_today", 0L))
            .typed(Map.of(
                    "user", ColumnType.varchar(20),
                    "campaign_rank", ColumnType.integer(-128, 127),
                    "campaign_weight", ColumnType.integer(-128, 127),
                    "campaign_grade", ColumnType.integer(0, 255)));

    /** vicidial_inbound_group_agents; daily_limit exists from 2.14-168 on, earlier rows simply keep the default. */
    public static final Schema INBOUND_GROUP_AGENTS = new Schema(
                    "inbound_group_agents",
                    List.of("user", "group_id"),
                    Set.of("group_rank", "group_weight", "group_grade", "calls_today", "daily_limit"),
                    List.of("user"),
                    columns(
                            "user", "",
                            "group_id", "",
                            "group_rank", 0L,
                            "group_weight", 0L,
                            "group_grade", 1L,
                            "calls_today", 0L,
                            "group_type", "C",
                            "daily_limit", -1L))
            .typed(Map.of(
                    "user", ColumnType.varchar(20),
                    "group_rank", ColumnType.integer(-128, 127),
                    "group_weight", ColumnType.integer(-128, 127),
                    "group_grade", ColumnType.integer(0, 255)));

    /** vicidial_live_agents: the agents logged in now, one row per user. */
    public static final Schema LIVE_AGENTS = new Schema(
                    "live_agents",
                    List.of("user"),
                    Set.of("campaign_weight", "campaign_grade"),
                    columns(
                            "user", "",
                            "server_ip", "",
                            "campaign_id", "",
                            "status", "",
                            "campaign_weight", 0L,
                            "campaign_grade", 1L))
            .typed(Map.of(
                    "campaign_weight", ColumnType.integer(-128, 127),
                    "campaign_grade", ColumnType.integer(0, 255)));

    public static final Schema LIVE_INBOUND_AGENTS = new Schema(
                    "live_inbound_agents",
                    List.of("user", "group_id"),
                    Set.of("group_weight", "group_grade", "calls_today"),
                    List.of("user"),
                    columns(
                            "user", "",
                            "group_id", "",
                            "group_weight", 0L,
                            "group_grade", 1L,
                            "calls_today", 0L))
            .typed(Map.of(
                    "group_weight", ColumnType.integer(-128, 127),
                    "group_grade", ColumnType.integer(0, 255)));

    public static final Schema PHONES_ALIAS = new Schema(
                    "phones_alias",
                    List.of("alias_id"),
                    Set.of(),
                    columns("alias_id", "", "alias_name", null, "logins_list", null, "user_group", "---ALL---"))
            .typed(Map.of(
                    "alias_id", ColumnType.varchar(20),
                    "alias_name", ColumnType.varchar(50),
                    "logins_list", ColumnType.varchar(255),
                    "user_group", ColumnType.varchar(20)));

    public static final Schema GROUPS_ALIAS = new Schema(
                    "groups_alias",
                    List.of("group_alias_id"),
                    Set.of(),
                    columns(
                            "group_alias_id",
                            "",
                            "group_alias_name",
                            null,
                            "caller_id_number",
                            null,
                            "caller_id_name",
                            null,
                            "active",
                            "N",
                            "user_group",
                            "---ALL---"))
            .typed(Map.of(
                    "group_alias_id", ColumnType.varchar(30),
                    "group_alias_name", ColumnType.varchar(50),
                    "caller_id_number", ColumnType.varchar(20),
                    "caller_id_name", ColumnType.varchar(20),
                    "active", ColumnType.enumeration("Y", "N"),
                    "user_group", ColumnType.varchar(20)));

    /** Every list table, in the order the state file writes them. */
    public static final List<Schema> ALL = List.of(
            SERVERS,
            USER_GROUPS,
            USERS,
            CONF_TEMPLATES,
            PHONES,
            CAMPAIGNS,
            INBOUND_GROUPS,
            CAMPAIGN_AGENTS,
            INBOUND_GROUP_AGENTS,
            LIVE_AGENTS,
            LIVE_INBOUND_AGENTS,
            PHONES_ALIAS,
            GROUPS_ALIAS);

    /** The keys of the one-row {@code system_settings} object and their defaults. */
    public static final Map<String, String> SYSTEM_SETTINGS_DEFAULTS = Map.of(
            "use_non_latin", "0",
            "pass_hash_enabled", "0",
            "allow_web_debug", "0",
            "allow_ip_lists", "0",
            "auto_user_add_value", "101");

    /** The settings the state document writes as JSON numbers. */
    public static final Set<String> NUMERIC_SETTINGS = Set.of("auto_user_add_value");

    private Tables() {}

    public static Schema byName(String name) {
        for (Schema s : ALL) {
            if (s.table().equals(name)) {
                return s;
            }
        }
        return null;
    }

    private static Map<String, Object> columns(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
