package dev.vicimock.mock.release;

import static dev.vicimock.mock.release.Filter.replace;
import static dev.vicimock.mock.release.Filter.strip;

/**
 * VICIdial 2.14-107 (build 180301-2301) on PHP 7.4. It does not know the 2.14-202 phone fields, says
 * NO UPDATES DEFINED when nothing is left to write, and with {@code use_non_latin=1} filters only the
 * credentials and the source.
 */
final class Release214_107 {
    static final Release RELEASE = Release.builder("2.14-107").build("180301-2301").runtime(PhpRuntime.PHP_7)
            .filters(filters()).emailMinLength(4).columnWidths(PhonesSchemaWidths.with("conf_secret", 20))
            .functions(Functions.PHONE).functions(Functions.USERS)
            .with(Capability.NO_UPDATES_NOTICE)
            .authQueryColumns("api_list_restrict,api_allowed_functions,user_group,selected_language")
            .create();

    private Release214_107() {
    }

    private static FilterTable filters() {
        Filter dashWord = strip("[^-_0-9a-zA-Z]");
        return FilterTable.builder()
                .latin(dashWord, "user", "pass", "function", "extension", "phone_context", "registration_password",
                        "phone_pass", "phone_login", "admin_user_group", "agent_pass", "agent_user_group", "alias_id",
                        "campaign_id")
                .latin(strip("[^- +.:/@_0-9a-zA-Z]"), "agent_full_name", "custom_one", "custom_two", "custom_three",
                        "custom_four", "custom_five", "alias_name")
                .latin(strip("[^0-9]"), "agent_user_level", "hotkeys_active", "campaign_grade", "camp_rg_only",
                        "caller_id_number")
                .latin(strip("[^-,_0-9a-zA-Z]"), "phone_logins")
                .latin(strip("[^A-Z]"), "delete_user", "delete_alias")
                .latin(strip("[^-_0-9]"), "campaign_rank")
                .latin(strip("[^-0-9]"), "wrapup_seconds_override")
                .latin(strip("[^_0-9a-zA-Z]"), "group_alias_id")
                .latin(strip("[^- +_0-9a-zA-Z]").then(replace("+", " ")), "group_alias_name", "caller_id_name")
                .latin(strip("[^0-9a-zA-Z]"), "source", "protocol")
                .latin(strip("[^.0-9]"), "server_ip")
                .latin(strip("[^A-Z]"), "delete_phone", "active")
                .latin(strip("[^-.0-9]"), "local_gmt")
                .latin(strip("[^- '+.:/@%_0-9a-zA-Z]").then(replace("+", " ")), "email")
                .latin(strip("[^- +._0-9a-zA-Z]"), "phone_full_name")
                .latin(strip("[^0-9]"), "voicemail_id", "outbound_cid", "DB")
                .latin(strip("[^*#0-9a-zA-Z]"), "dialplan_number")
                .nonLatin(strip("['\"\\\\;#]"), "user", "pass", "source")
                .build();
    }
}
