package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import java.util.List;

/** One step of a function's validation: the answer that refuses the call, or null to go on to the next step. */
@FunctionalInterface
interface Check {
    Answer refuse(ApiCall call);

    /** Runs the checks in their order; the first refusal, or null when the call passed them all. */
    static Answer first(List<Check> checks, ApiCall call) {
        for (Check c : checks) {
            Answer refused = c.refuse(call);
            if (refused != null) {
                return refused;
            }
        }
        return null;
    }
}
