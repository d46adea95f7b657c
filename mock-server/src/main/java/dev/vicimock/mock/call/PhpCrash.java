package dev.vicimock.mock.call;

/** Thrown where the real PHP code would die (a type error or an SQL exception): the answer is an empty 500. */
public final class PhpCrash extends RuntimeException {
    public PhpCrash(String why) {
        super(why, null, false, false);
    }
}
