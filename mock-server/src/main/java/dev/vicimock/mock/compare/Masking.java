package dev.vicimock.mock.compare;

import dev.vicimock.mock.http.Redaction;

/**
 * How a run file masks answers: the passwords an answer echoes, where the grammar says it echoes them, with
 * {@link Redaction#MASK}. Never by searching the answer for a password's value: a password {@code 1234} would
 * garble an extension {@code 12345} into {@code ***5}. The suite's recorder and a preview replaying a run file mask
 * alike, so that masked answers compare equal.
 */
public final class Masking {

    private Masking() {
    }

    /** The answer with the passwords it echoes masked. */
    public static String answer(String body) {
        return Redaction.answer(body);
    }
}
