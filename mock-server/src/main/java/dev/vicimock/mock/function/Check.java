package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import java.util.List;

/**
 * One step of a function's validation: the answer that refuses the call, or null to go on to the next step. A
 * function lists its steps in the real order, so the list reads like the spec's numbered checks.
 *
 * @param <T> what the step looks at: the call, or a function's view of its parameters
 */
@FunctionalInterface
interface Check<T> {
    Answer refuse(T subject);

    /** Runs the checks in their order; the first refusal, or null when the subject passed them all. */
    static <T> Answer first(List<Check<T>> checks, T subject) {
        for (Check<T> c : checks) {
            Answer refused = c.refuse(subject);
            if (refused != null) {
                return refused;
            }
        }
        return null;
    }
}
