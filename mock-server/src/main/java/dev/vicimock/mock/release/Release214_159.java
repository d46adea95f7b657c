package dev.vicimock.mock.release;

import static dev.vicimock.mock.release.OldFilterLayout.Addition.ALT_CID_AND_RING_TIMEOUT;
import static dev.vicimock.mock.release.OldFilterLayout.Addition.SOURCE_USER;
import static dev.vicimock.mock.release.OldFilterLayout.Addition.WEBPHONE_FIELDS_AND_TEMPLATE;

/**
 * VICIdial 2.14-159 (build 210812-2640) on PHP 7.4, standing for 2.14-128 to 2.14-159: 2.14-127 plus the webphone
 * flags and the template check of the phone functions, an update_phone that always writes (no more NO UPDATES
 * DEFINED), copy_user, and the ranks and grades of update_user. Still without the 2.14-160 filters of the
 * credentials under {@code use_non_latin=1}.
 */
final class Release214_159 {
    static final Release RELEASE = Release.builder("2.14-159")
            .since("2.14-128")
            .build("210812-2640")
            .runtime(PhpRuntime.PHP_7)
            .columnWidths(PhonesSchemaWidths.with("conf_secret", 20))
            .filters(OldFilterLayout.filters(ALT_CID_AND_RING_TIMEOUT, WEBPHONE_FIELDS_AND_TEMPLATE, SOURCE_USER))
            .functions(Functions.PHONE)
            .functions(Functions.USERS)
            .functions(Functions.COPY_USER)
            .with(
                    Capability.ALT_CID_AND_RING_TIMEOUT,
                    Capability.WEBPHONE_FIELDS_AND_TEMPLATE,
                    Capability.ADD_USER_AGENT_CHOICES,
                    Capability.RANKS_AND_GRADES)
            .authQueryColumns(
                    "api_list_restrict,api_allowed_functions,user_group,selected_language," + "delete_inbound_dids")
            .create();

    private Release214_159() {}
}
