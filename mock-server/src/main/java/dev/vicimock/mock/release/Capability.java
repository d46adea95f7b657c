package dev.vicimock.mock.release;

/**
 * One behaviour that some releases have and others lack, named for what it does. A release lists the ones it
 * has; the code asks {@link Release#has} instead of comparing version numbers.
 */
public enum Capability {
    /** update_phone knows outbound_alt_cid, phone_ring_timeout and delete_vm_after_email (2.14-108 on). */
    ALT_CID_AND_RING_TIMEOUT,
    /**
     * update_phone and add_phone know the webphone flags (is_webphone, webphone_auto_answer,
     * use_external_server_ip, on_hook_agent) and check template_id against the conf templates (2.14-128 on).
     */
    WEBPHONE_FIELDS_AND_TEMPLATE,
    /** An update_phone with nothing to write answers NO UPDATES DEFINED instead of SUCCESS. */
    NO_UPDATES_NOTICE,
    /** {@code DB=1} prints debug output only with {@code system_settings.allow_web_debug}. */
    DEBUG_NEEDS_SETTING,
    /**
     * add_user writes in_groups, agent_choose_ingroups, agent_choose_blended and closer_default_blended
     * (closer_campaigns becomes '' instead of NULL without in_groups).
     */
    ADD_USER_AGENT_CHOICES,
    /**
     * update_user's rank/grade path says RANKS/GRADES, also updates the user's live agent rows, and knows the
     * in-group ranks and grades.
     */
    RANKS_AND_GRADES,
    /** update_user knows reset_password, in_groups and {@code voicemail_id=--BLANK--}. */
    USER_UPDATE_EXTRAS,
    /** vicidial_inbound_group_agents has the daily_limit column. */
    INGROUP_DAILY_LIMIT
}
