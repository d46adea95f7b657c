package dev.vicimock.client;

/** What an answer means to a client, from the result word of the line it acts on. */
public enum Outcome {
    SUCCESS,
    /** A NOTICE as the last line: nothing done, but no error either (e.g. NO UPDATES DEFINED on 2.14-107). */
    NOTICE,
    ERROR,
    /** The version line, the teapot, or user_details' rows: an answer with data but no result word. */
    DATA,
    /** No answer at all: the empty body of the real server's HTTP 500. */
    NONE
}
