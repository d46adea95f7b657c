package dev.vicimock.mock.release;

/**
 * VICIdial 2.14-107 (build 180301-2301) on PHP 7.4, standing for every release before 2.14-108. It does not know
 * the phone fields later releases added, accepts an email of four characters, says NO UPDATES DEFINED when
 * nothing is left to write, and with {@code use_non_latin=1} filters only the credentials and the source, barely.
 */
final class Release214_107 {
    static final Release RELEASE = Release.builder("2.14-107")
            .build("180301-2301")
            .runtime(PhpRuntime.PHP_7)
            .filters(OldFilterLayout.filters())
            .emailMinLength(4)
            .columnWidths(PhonesSchemaWidths.with("conf_secret", 20))
            .functions(Functions.PHONE)
            .functions(Functions.USERS)
            .with(Capability.NO_UPDATES_NOTICE)
            .authQueryColumns("api_list_restrict,api_allowed_functions,user_group,selected_language")
            .create();

    private Release214_107() {}
}
