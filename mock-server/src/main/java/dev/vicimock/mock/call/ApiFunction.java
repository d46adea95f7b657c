package dev.vicimock.mock.call;

import dev.vicimock.mock.answer.Answer;

/** One value of the {@code function} parameter that needs a login: it validates in the real order and applies. */
public interface ApiFunction {
    /** The {@code function} parameter value that selects it. */
    String name();

    Answer run(ApiCall call);
}
