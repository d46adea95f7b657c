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
    public static final Schema SERVERS = new Schema("servers", List.of("server_ip"), Set.of(), columns(
            "server_ip", "",
            "server_id", "",
            "server_description", null,
            "local_gmt", "-5.00",
            "active", "Y",
            "active_asterisk_server", "Y",
            "generate_vicidial_conf", "Y",
            "rebuild_conf_files", "Y"));

    public static final Schema USER_GROUPS = new Schema("user_groups", List.of("user_group"), Set.of(), columns(
            "user_group", "",
            "group_name", "",
            "admin_viewable_groups", " ---ALL---"));

    public static final Schema USERS = new Schema("users", List.of("user"),
            Set.of("user_level", "failed_login_count"), columns(
            "user", "",
            "pass", "",
            "full_name", null,
            "user_level", 1L,
            "user_group", null,
            "active", "Y",
            "ast_admin_access", "0",
            "ast_delete_phones", "1",
            "vdc_agent_api_access", "0",
            "api_allowed_functions", " ALL_FUNCTIONS ",
            "failed_login_count", 0L,
            "last_login_date", "2001-01-01 00:00:01"));

    public static final Schema CONF_TEMPLATES = new Schema("conf_templates", List.of("template_id"), Set.of(), columns(
            "template_id", "",
            "template_name", ""));

    public static final Schema PHONES = new Schema("phones", List.of("extension", "server_ip"),
            Set.of("phone_ring_timeout"), columns(
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

    /** Every list table, in the order the state file writes them. */
    public static final List<Schema> ALL = List.of(SERVERS, USER_GROUPS, USERS, CONF_TEMPLATES, PHONES);

    /** The keys of the one-row {@code system_settings} object and their defaults. */
    public static final Map<String, String> SYSTEM_SETTINGS_DEFAULTS = Map.of(
            "use_non_latin", "0",
            "pass_hash_enabled", "0",
            "allow_web_debug", "0",
            "allow_ip_lists", "0");

    private Tables() {
    }

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
