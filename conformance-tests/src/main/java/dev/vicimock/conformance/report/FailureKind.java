package dev.vicimock.conformance.report;

import dev.vicimock.client.AnswerParser;
import dev.vicimock.client.ApiAnswer;
import dev.vicimock.client.Form;
import java.util.List;
import java.util.Optional;

/**
 * Why a scenario did not pass, as the Allure report sorts them ({@link Categories}): each kind is recognised by
 * the start of the scenario's message or, for an unreachable target, by the exception in its trace.
 */
public enum FailureKind {
    /** The target answered, but not what the release's recordings say it answers. */
    ANSWER_DIFFERS(
            "answer differs from the release's recorded answer",
            List.of("failed"),
            "answer differs from the release's recorded answer: .*",
            null),
    /** The target answered an error in the form the documentation shows ({@code REASON - a|b}), not the real one. */
    DOCUMENTED_FORM("documented form seen", List.of("failed"), "documented form seen: .*", null),
    /** The configuration lacks a setting the scenario needs ({@code MissingSetting}). */
    MISSING_SETTING("missing setting", List.of("skipped"), "skipped: setting .*", null),
    /** No answer at all: refused, reset, timed out, or no free connection. */
    TARGET_UNREACHABLE(
            "target unreachable",
            List.of("failed", "broken"),
            null,
            ".*(ConnectException|UnknownHostException|NoRouteToHostException|SocketTimeoutException"
                    + "|NoHttpResponseException|ConnectionPoolTimeoutException|SocketException).*");

    private final String title;
    private final List<String> statuses;
    private final String messageRegex;
    private final String traceRegex;

    FailureKind(String title, List<String> statuses, String messageRegex, String traceRegex) {
        this.title = title;
        this.statuses = statuses;
        this.messageRegex = messageRegex;
        this.traceRegex = traceRegex;
    }

    public String title() {
        return title;
    }

    List<String> statuses() {
        return statuses;
    }

    /** The pattern of the whole message (any line breaks included), if the kind is told by its message. */
    Optional<String> messageRegex() {
        return Optional.ofNullable(messageRegex).map(r -> "(?s)" + r);
    }

    Optional<String> traceRegex() {
        return Optional.ofNullable(traceRegex).map(r -> "(?s)" + r);
    }

    /**
     * The message of an answer that is not the expected one: "documented form seen" when the target wrote an
     * error or notice as the documentation shows it where the release writes {@code REASON: |a|b|}.
     */
    public static String answerMismatch(String expectedBody, String receivedBody, String detail) {
        Optional<ApiAnswer> expected = AnswerParser.parseMain(expectedBody);
        Optional<ApiAnswer> received = AnswerParser.parseMain(receivedBody);
        boolean documented = expected.filter(a -> a.form() == Form.COLON_BAR).isPresent()
                && received.filter(a -> a.form() == Form.SPACE_DASH && !a.isSuccess())
                        .isPresent();
        return (documented ? DOCUMENTED_FORM : ANSWER_DIFFERS).title + ": " + detail;
    }
}
