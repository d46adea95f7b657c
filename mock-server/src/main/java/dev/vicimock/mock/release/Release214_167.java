package dev.vicimock.mock.release;

import static dev.vicimock.mock.release.OldFilterLayout.Addition.ALT_CID_AND_RING_TIMEOUT;
import static dev.vicimock.mock.release.OldFilterLayout.Addition.NON_LATIN_CREDENTIALS;
import static dev.vicimock.mock.release.OldFilterLayout.Addition.SOURCE_USER;
import static dev.vicimock.mock.release.OldFilterLayout.Addition.WEBPHONE_FIELDS_AND_TEMPLATE;

/**
 * VICIdial 2.14-167 (build 220126-2116) on PHP 7.4, standing for 2.14-160 to 2.14-167: 2.14-159 plus the 2.14-160
 * security fix (user, pass, source and agent_user filtered under {@code use_non_latin=1} too), still on the old
 * filter layout and honouring {@code DB=1} without allow_web_debug.
 */
final class Release214_167 {
    static final Release RELEASE = Release.builder("2.14-167")
            .since("2.14-160")
            .build("220126-2116")
            .runtime(PhpRuntime.PHP_7)
            .columnWidths(PhonesSchemaWidths.with("conf_secret", 20))
            .filters(OldFilterLayout.filters(
                    ALT_CID_AND_RING_TIMEOUT, WEBPHONE_FIELDS_AND_TEMPLATE, SOURCE_USER, NON_LATIN_CREDENTIALS))
            .functions(Functions.PHONE)
            .functions(Functions.USERS)
            .functions(Functions.COPY_USER)
            .with(
                    Capability.ALT_CID_AND_RING_TIMEOUT,
                    Capability.WEBPHONE_FIELDS_AND_TEMPLATE,
                    Capability.ADD_USER_AGENT_CHOICES,
                    Capability.RANKS_AND_GRADES)
            .authQueryColumns("api_list_restrict,api_allowed_functions,user_group,selected_language,"
                    + "delete_inbound_dids,download_invalid_files,user_level")
            .create();

    private Release214_167() {}
}
