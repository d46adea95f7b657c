package dev.vicimock.conformance.steps;

import dev.vicimock.mock.release.ReleaseClasses;
import dev.vicimock.mock.release.ReleaseRange;
import io.cucumber.java.ParameterType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words steps share: who acts ({actor}), which phone ({phone}) and which releases ({releases}). */
public final class ParameterTypes {

    private static final Pattern NAMED_PHONE = Pattern.compile("phone \"([A-H])\"");

    @ParameterType(
            name = "actor",
            value = "the admin|the no_delete user|the level7 user|the no_ast_admin user"
                    + "|the no_api_access user|the function_restricted user|the limited_group user|an unknown user"
                    + "|the user_admin|the user_no_delete user|the user_level8 user")
    public Actor actor(String phrase) {
        return Actor.of(phrase);
    }

    /** "the phone" is the scenario's first test phone; "phone \"B\"" another one. */
    @ParameterType(name = "phone", value = "the phone|phone \"[A-H]\"")
    public String phone(String phrase) {
        Matcher m = NAMED_PHONE.matcher(phrase);
        return m.matches() ? m.group(1) : "";
    }

    /** Where a step applies: "on 2.14-107", "from 2.14-128 on", "before 2.14-168", "from 2.14-108 before 2.14-168". */
    @ParameterType(name = "releases", value = ReleaseRange.REGEX)
    public ReleaseRange releases(String phrase) {
        ReleaseRange range = ReleaseRange.parse(phrase);
        // a range no release class bounds fails the step even on a release it would not apply to
        ReleaseClasses.known().select(range);
        return range;
    }
}
