package dev.vicimock.client;

import java.util.List;

/**
 * The typed answer of one Non-Agent API function. Every result keeps the whole {@link Reply}, so a client can
 * always fall back to the lines, and names the fields of the function's own lines through its accessors.
 */
public interface FunctionResult {

    /** The body's lines, named. */
    Reply reply();

    default Outcome outcome() {
        return reply().outcome();
    }

    default boolean isSuccess() {
        return outcome() == Outcome.SUCCESS;
    }

    default boolean isError() {
        return outcome() == Outcome.ERROR;
    }

    /** The reason of the line acted on, e.g. {@code PHONE HAS BEEN UPDATED} or {@code SERVER DOES NOT EXIST}. */
    default String reason() {
        return reply().main().answer().reason();
    }

    /** The API user the answer echoes (the caller), or empty when the line has none. */
    default String user() {
        return reply().main().get("user");
    }

    /** What of the body the result does not account for; empty when it was read without loss. */
    default List<String> unread() {
        return reply().unread();
    }
}
