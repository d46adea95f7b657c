package dev.vicimock.mock.release;

import static dev.vicimock.mock.release.OldFilterLayout.Addition.ALT_CID_AND_RING_TIMEOUT;

/**
 * VICIdial 2.14-127 (build 200610-1447) on PHP 7.4, standing for 2.14-108 to 2.14-127: 2.14-107 plus
 * outbound_alt_cid, phone_ring_timeout and delete_vm_after_email, an email minimum of five, and add_user's agent
 * choices.
 */
final class Release214_127 {
    static final Release RELEASE = Release.builder("2.14-127")
            .since("2.14-108")
            .build("200610-1447")
            .runtime(PhpRuntime.PHP_7)
            .columnWidths(PhonesSchemaWidths.with("conf_secret", 20))
            .filters(OldFilterLayout.filters(ALT_CID_AND_RING_TIMEOUT))
            .functions(Functions.PHONE)
            .functions(Functions.USERS)
            .with(Capability.NO_UPDATES_NOTICE, Capability.ALT_CID_AND_RING_TIMEOUT, Capability.ADD_USER_AGENT_CHOICES)
            .authQueryColumns("api_list_restrict,api_allowed_functions,user_group,selected_language")
            .create();

    private Release214_127() {}
}
