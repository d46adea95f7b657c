package dev.vicimock.conformance.target;

import java.util.ArrayList;
import java.util.List;

/** Builds the parameter lists of ordinary API calls: source, credentials and function first. */
public final class Requests {

    /** The source every call of the suite names, unless a scenario says otherwise. */
    public static final String SOURCE = "test";

    private Requests() {}

    public static List<Param> call(Credentials who, String function, List<Param> more) {
        List<Param> params = new ArrayList<>();
        params.add(new Param("source", SOURCE));
        params.add(new Param("user", who.user()));
        params.add(new Param("pass", who.pass()));
        params.add(new Param("function", function));
        params.addAll(more);
        return params;
    }
}
