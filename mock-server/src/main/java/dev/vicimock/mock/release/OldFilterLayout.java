package dev.vicimock.mock.release;

import static dev.vicimock.mock.release.Filter.replace;
import static dev.vicimock.mock.release.Filter.strip;
import static dev.vicimock.mock.release.Filter.stripUnicode;
import static dev.vicimock.mock.release.Filter.unlessEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The input filters of 2.14-167 and earlier, before 2.14-168 restructured them: every filter applies with
 * {@code use_non_latin=0} only, server_ip keeps digits and dots, voicemail_id digits. With {@code use_non_latin=1}
 * the credentials and the source lose a few quote characters, nothing else is filtered. The releases of this layout
 * differ only in the {@link Addition}s they name.
 */
final class OldFilterLayout {
    /** What a release of the old layout filters beyond 2.14-107. */
    enum Addition {
        /**
         * outbound_alt_cid, phone_ring_timeout and delete_vm_after_email, the fields of 2.14-108, which also lets
         * outbound_cid {@code ---ALL---} through.
         */
        ALT_CID_AND_RING_TIMEOUT,
        /** The webphone flags and template_id of 2.14-128. */
        WEBPHONE_FIELDS_AND_TEMPLATE,
        /** copy_user's source_user. */
        SOURCE_USER,
        /**
         * The 2.14-160 security fix: with use_non_latin=1 user, pass and source keep only letters (any alphabet),
         * digits and (not source) {@code -_}; agent_user is filtered under both settings.
         */
        NON_LATIN_CREDENTIALS
    }

    private OldFilterLayout() {}

    static FilterTable filters(Addition... additions) {
        Set<Addition> with = additions.length == 0 ? Set.of() : EnumSet.copyOf(List.of(additions));
        Filter dashWord = strip("[^-_0-9a-zA-Z]");
        FilterTable.Builder t = FilterTable.builder()
                .latin(
                        dashWord,
                        "user",
                        "pass",
                        "function",
                        "extension",
                        "phone_context",
                        "registration_password",
                        "phone_pass",
                        "phone_login",
                        "admin_user_group",
                        "agent_pass",
                        "agent_user_group",
                        "alias_id",
                        "campaign_id")
                .latin(
                        strip("[^- +.:/@_0-9a-zA-Z]"),
                        "agent_full_name",
                        "custom_one",
                        "custom_two",
                        "custom_three",
                        "custom_four",
                        "custom_five",
                        "alias_name")
                .latin(
                        strip("[^0-9]"),
                        "agent_user_level",
                        "hotkeys_active",
                        "campaign_grade",
                        "camp_rg_only",
                        "caller_id_number")
                .latin(strip("[^-,_0-9a-zA-Z]"), "phone_logins")
                .latin(strip("[^-|,_0-9a-zA-Z]"), "in_groups")
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
                .nonLatin(strip("['\"\\\\;#]"), "user", "pass", "source");
        if (with.contains(Addition.ALT_CID_AND_RING_TIMEOUT)) {
            t.latin(dashWord.then(unlessEquals("---ALL---", strip("[^0-9]"))), "outbound_cid")
                    .latin(strip("[^0-9a-zA-Z]"), "outbound_alt_cid")
                    .latin(strip("[^0-9]"), "phone_ring_timeout")
                    .latin(strip("[^a-zA-Z]"), "delete_vm_after_email");
        }
        if (with.contains(Addition.WEBPHONE_FIELDS_AND_TEMPLATE)) {
            t.latin(
                    dashWord,
                    "is_webphone",
                    "webphone_auto_answer",
                    "use_external_server_ip",
                    "on_hook_agent",
                    "template_id");
        }
        if (with.contains(Addition.SOURCE_USER)) {
            t.latin(dashWord, "source_user");
        }
        if (with.contains(Addition.NON_LATIN_CREDENTIALS)) {
            Filter unicodeDashWord = stripUnicode("[^-_0-9\\p{L}]");
            t.nonLatin(unicodeDashWord, "user", "pass")
                    .nonLatin(stripUnicode("[^0-9\\p{L}]"), "source")
                    .latin(dashWord, "agent_user")
                    .nonLatin(unicodeDashWord, "agent_user");
        }
        return t.build();
    }
}
