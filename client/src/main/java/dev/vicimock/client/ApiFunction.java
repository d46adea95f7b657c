package dev.vicimock.client;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The functions the simulator knows, each with the parser of its typed result. */
public enum ApiFunction {
    UPDATE_PHONE("update_phone", UpdatePhoneResult::parse),
    ADD_PHONE("add_phone", AddPhoneResult::parse),
    VERSION("version", VersionResult::parse),
    ADD_USER("add_user", AddUserResult::parse),
    UPDATE_USER("update_user", UpdateUserResult::parse),
    COPY_USER("copy_user", CopyUserResult::parse),
    USER_DETAILS("user_details", UserDetailsResult::parse),
    ADD_PHONE_ALIAS("add_phone_alias", AddPhoneAliasResult::parse),
    UPDATE_PHONE_ALIAS("update_phone_alias", UpdatePhoneAliasResult::parse),
    ADD_GROUP_ALIAS("add_group_alias", AddGroupAliasResult::parse);

    private final String apiName;
    private final Function<String, FunctionResult> parser;

    ApiFunction(String apiName, Function<String, FunctionResult> parser) {
        this.apiName = apiName;
        this.parser = parser;
    }

    /** The value of the {@code function} parameter. */
    public String apiName() {
        return apiName;
    }

    /** Reads a body this function answered. */
    public FunctionResult parse(String body) {
        return parser.apply(body);
    }

    public static Optional<ApiFunction> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
    }
}
