package dev.vicimock.mock.release;

import static dev.vicimock.mock.release.Filter.replace;
import static dev.vicimock.mock.release.Filter.strip;
import static dev.vicimock.mock.release.Filter.unlessEquals;

import java.util.function.Function;

/**
 * VICIdial 2.14-202 (build 250720-1841) on PHP 8.2, standing for 2.14-168 and later: the restructured filters
 * (applied under both settings of {@code use_non_latin}), {@code DB=1} only with allow_web_debug, no NO UPDATES
 * DEFINED, and the user functions' 2.14-202 extras.
 */
final class Release214_202 {
    static final Release RELEASE = Release.builder("2.14-202")
            .since("2.14-168")
            .build("250720-1841")
            .runtime(PhpRuntime.PHP_8)
            .filters(filters())
            .functions(Functions.PHONE)
            .functions(Functions.USERS)
            .functions(Functions.COPY_USER, Functions.USER_DETAILS)
            .with(
                    Capability.ALT_CID_AND_RING_TIMEOUT,
                    Capability.WEBPHONE_FIELDS_AND_TEMPLATE,
                    Capability.DEBUG_NEEDS_SETTING,
                    Capability.ADD_USER_AGENT_CHOICES,
                    Capability.RANKS_AND_GRADES,
                    Capability.USER_UPDATE_EXTRAS,
                    Capability.INGROUP_DAILY_LIMIT)
            .authQueryColumns("api_list_restrict,api_allowed_functions,user_group,selected_language,"
                    + "delete_inbound_dids,download_invalid_files,user_level")
            .create();

    private Release214_202() {}

    private static FilterTable filters() {
        FilterTable.Builder t = FilterTable.builder()
                .both(strip("[^-_0-9a-zA-Z]"), "function")
                .both(strip("[^-.:_0-9a-zA-Z]"), "server_ip")
                .both(strip("[^0-9a-zA-Z]"), "protocol")
                .both(strip("[^-.0-9]"), "local_gmt")
                .both(strip("[^A-Z]"), "active", "delete_phone")
                .both(strip("[^0-9]"), "phone_ring_timeout", "DB")
                .both(strip("[^a-zA-Z]"), "delete_vm_after_email")
                .both(strip("[^A-Z]"), "delete_user", "delete_alias")
                .both(
                        strip("[^0-9]"),
                        "agent_user_level",
                        "hotkeys_active",
                        "agent_choose_ingroups",
                        "agent_choose_blended",
                        "closer_default_blended",
                        "campaign_grade",
                        "ingroup_grade",
                        "camp_rg_only",
                        "ingrp_rg_only",
                        "reset_password",
                        "caller_id_number")
                .both(strip("[^-_0-9]"), "campaign_rank", "ingroup_rank")
                .both(strip("[^-0-9]"), "wrapup_seconds_override");
        letterFilters(t, false);
        letterFilters(t, true);
        return t.build();
    }

    /** The filters built on letter classes: ASCII letters, or any Unicode letter when use_non_latin=1. */
    private static void letterFilters(FilterTable.Builder t, boolean unicode) {
        String l = unicode ? "\\p{L}" : "a-zA-Z";
        Function<String, Filter> s = unicode ? Filter::stripUnicode : Filter::strip;
        Filter dashWord = s.apply("[^-_0-9" + l + "]");
        t.when(
                unicode,
                dashWord,
                "user",
                "pass",
                "phone_context",
                "registration_password",
                "phone_pass",
                "phone_login",
                "admin_user_group",
                "is_webphone",
                "webphone_auto_answer",
                "use_external_server_ip",
                "on_hook_agent",
                "template_id");
        t.when(unicode, s.apply("[^0-9" + l + "]"), "source", "voicemail_id", "outbound_alt_cid");
        t.when(unicode, dashWord.then(s.apply("[^-*#.:/@_0-9" + l + "]")), "extension");
        t.when(unicode, s.apply("[^- '+.:/@%_0-9" + l + "]").then(replace("+", " ")), "email");
        t.when(unicode, s.apply("[^- +._0-9" + l + "]"), "phone_full_name");
        t.when(unicode, s.apply("[^*#0-9" + l + "]"), "dialplan_number");
        t.when(unicode, dashWord.then(unlessEquals("---ALL---", strip("[^0-9]"))), "outbound_cid");
        t.when(
                unicode,
                dashWord,
                "agent_user",
                "agent_pass",
                "agent_user_group",
                "source_user",
                "alias_id",
                "campaign_id",
                "stage");
        t.when(
                unicode,
                s.apply("[^- +.:/@_0-9" + l + "]"),
                "agent_full_name",
                "custom_one",
                "custom_two",
                "custom_three",
                "custom_four",
                "custom_five",
                "alias_name");
        t.when(unicode, s.apply("[^-,_0-9" + l + "]"), "phone_logins");
        t.when(unicode, s.apply("[^-|,_0-9" + l + "]"), "in_groups");
        t.when(unicode, s.apply("[^0-9" + l + "]"), "header");
        t.when(unicode, s.apply("[^_0-9" + l + "]"), "group_alias_id", "group_id");
        t.when(unicode, s.apply("[^- +_0-9" + l + "]").then(replace("+", " ")), "group_alias_name", "caller_id_name");
    }
}
