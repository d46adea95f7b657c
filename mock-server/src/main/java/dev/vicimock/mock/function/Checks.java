package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import java.util.List;
import java.util.function.Function;

/** A function's checks as an ordered list: each gives its error answer, or null when it passes. */
final class Checks {
    private Checks() {
    }

    /** The answer of the first failing check in the list's order, or null when every check passes. */
    static <T> Answer firstFailure(List<Function<T, Answer>> checks, T subject) {
        for (Function<T, Answer> check : checks) {
            Answer failed = check.apply(subject);
            if (failed != null) {
                return failed;
            }
        }
        return null;
    }
}
