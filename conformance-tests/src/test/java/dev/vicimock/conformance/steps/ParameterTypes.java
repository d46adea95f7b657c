package dev.vicimock.conformance.steps;

import io.cucumber.java.ParameterType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words steps share: who acts ({actor}), which phone ({phone}) and which release ({release}). */
public final class ParameterTypes {

    private static final Pattern NAMED_PHONE = Pattern.compile("phone \"([A-H])\"");

    @ParameterType(name = "actor", value = "the admin|the no_delete user|the level7 user|the no_ast_admin user"
            + "|the no_api_access user|the function_restricted user|the limited_group user|an unknown user")
    public Actor actor(String phrase) {
        return Actor.of(phrase);
    }

    /** "the phone" is the scenario's first test phone; "phone \"B\"" another one. */
    @ParameterType(name = "phone", value = "the phone|phone \"[A-H]\"")
    public String phone(String phrase) {
        Matcher m = NAMED_PHONE.matcher(phrase);
        return m.matches() ? m.group(1) : "";
    }

    @ParameterType(name = "release", value = "2\\.14-\\d+")
    public String release(String release) {
        return release;
    }
}
