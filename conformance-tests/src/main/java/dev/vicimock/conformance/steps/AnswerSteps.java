package dev.vicimock.conformance.steps;

import dev.vicimock.conformance.report.FailureKind;
import dev.vicimock.conformance.target.ApiExchange;
import dev.vicimock.conformance.target.ReleaseProfile;
import dev.vicimock.mock.release.ReleaseRange;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Steps that check an answer byte for byte. An answer line is compared whole, with its final line break, its
 * HTTP status and its Content-Type; a step that names releases checks only when the release under test is one of them,
 * and an answer no step checked fails the scenario.
 */
public final class AnswerSteps {

    static final String CONTENT_TYPE = "text/html; charset=utf-8";
    private final ScenarioContext ctx;

    public AnswerSteps(ScenarioContext ctx) {
        this.ctx = ctx;
    }

    @Then("the answer is {string}")
    public void theAnswerIs(String line) {
        expectBody(ctx.answerToCheck(), 200, expand(line) + "\n");
    }

    /** update_user's refusal to touch a user above the caller ends with an empty line of its own. */
    @Then("the answer is {string} and an empty line")
    public void theAnswerIsAndAnEmptyLine(String line) {
        expectBody(ctx.answerToCheck(), 200, expand(line) + "\n\n");
    }

    @Then("the answer is:")
    public void theAnswerIsLines(String lines) {
        expectBody(ctx.answerToCheck(), 200, expandLines(lines));
    }

    @Then("{releases} the answer is {string}")
    public void inReleasesTheAnswerIs(ReleaseRange releases, String line) {
        if (ctx.releaseIn(releases)) {
            theAnswerIs(line);
        }
    }

    @Then("{releases} the answer is:")
    public void inReleasesTheAnswerIsLines(ReleaseRange releases, String lines) {
        if (ctx.releaseIn(releases)) {
            theAnswerIsLines(lines);
        }
    }

    @Then("the answer is {string} with HTTP status {int} and no line break")
    public void theAnswerWithStatus(String line, int status) {
        expectBody(ctx.answerToCheck(), status, expand(line));
    }

    /** A whole answer line that comes with another status: the page failing after the answer was written. */
    @Then("the answer is {string} with HTTP status {int}")
    public void theAnswerWithStatusAndLineBreak(String line, int status) {
        expectBody(ctx.answerToCheck(), status, expand(line) + "\n");
    }

    @Then("{releases} the answer is {string} with HTTP status {int}")
    public void inReleasesTheAnswerWithStatus(ReleaseRange releases, String line, int status) {
        if (ctx.releaseIn(releases)) {
            theAnswerWithStatusAndLineBreak(line, status);
        }
    }

    @Then("the server fails with HTTP 500 and an empty body")
    public void theServerFails() {
        ApiExchange ex = ctx.answerToCheck();
        if (ex.status() != 500 || !ex.body().isEmpty()) {
            throw new AssertionError("expected the release's own crash (HTTP 500, empty body), got HTTP " + ex.status()
                    + " " + show(ex.body()));
        }
        expectContentType(ex);
    }

    @Then("{releases} the server fails with HTTP 500 and an empty body")
    public void inReleasesTheServerFails(ReleaseRange releases) {
        if (ctx.releaseIn(releases)) {
            theServerFails();
        }
    }

    @Then("the answer is the version line of the target's release")
    public void theVersionLine() {
        ReleaseProfile release = ctx.run().release();
        ApiExchange ex = ctx.answerToCheck();
        Pattern pattern = Pattern.compile("VERSION: " + Pattern.quote(release.version()) + "\\|BUILD: "
                + Pattern.quote(release.build()) + "\\|DATE: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\|"
                + "EPOCH: \\d+\\|DST: [01]\\|TZ: -?\\d+(\\.\\d+)?\\|TZNOW: -?\\d+(\\.\\d+)?\\|\n");
        if (ex.status() != 200 || !pattern.matcher(ex.body()).matches()) {
            throw new AssertionError("expected the version line of " + release.version() + " build "
                    + release.build() + " (pattern " + pattern + "), got HTTP " + ex.status() + " "
                    + show(ex.body()));
        }
        expectContentType(ex);
    }

    @Then("{releases} the answer starts with {string} and ends with {string}")
    public void inReleasesStartsAndEnds(ReleaseRange releases, String start, String end) {
        if (!ctx.releaseIn(releases)) {
            return;
        }
        ApiExchange ex = ctx.answerToCheck();
        String first = expand(start);
        String last = expand(end) + "\n";
        if (ex.status() != 200 || !ex.body().startsWith(first) || !ex.body().endsWith(last)) {
            throw new AssertionError("expected an answer starting with " + show(first) + " and ending with "
                    + show(last) + ", got HTTP " + ex.status() + " " + show(ex.body()));
        }
        expectContentType(ex);
    }

    @Then("every one of those answers was {string}")
    public void everyAnswerWas(String line) {
        List<ApiExchange> batch = ctx.batchToCheck();
        String expected = expand(line) + "\n";
        for (int i = 0; i < batch.size(); i++) {
            ApiExchange ex = batch.get(i);
            if (ex.status() != 200 || !expected.equals(ex.body())) {
                throw new AssertionError("answer " + (i + 1) + " of " + batch.size() + ": expected " + show(expected)
                        + ", got HTTP " + ex.status() + " " + show(ex.body()));
            }
        }
    }

    @Then("the answer came with these headers:")
    public void theHeaders(DataTable headers) {
        ApiExchange ex = ctx.lastExchange();
        for (List<String> row : headers.asLists()) {
            Optional<String> actual = ex.header(row.get(0));
            if (actual.isEmpty() || !actual.get().equals(row.get(1))) {
                throw new AssertionError("header " + row.get(0) + ": expected '" + row.get(1) + "', got "
                        + actual.map(a -> "'" + a + "'").orElse("none"));
            }
        }
    }

    private void expectBody(ApiExchange ex, int status, String body) {
        if (ex.status() != status || !body.equals(ex.body())) {
            throw new AssertionError(FailureKind.answerMismatch(
                    body,
                    ex.body(),
                    "expected HTTP " + status + " " + show(body) + "\n     got HTTP " + ex.status() + " "
                            + show(ex.body())));
        }
        expectContentType(ex);
    }

    private void expectContentType(ApiExchange ex) {
        String actual = ex.header("content-type").orElse("(none)");
        if (!actual.equals(CONTENT_TYPE)) {
            throw new AssertionError("expected Content-Type '" + CONTENT_TYPE + "', got '" + actual + "'");
        }
    }

    /** The text with its line breaks visible and the request's passwords masked. */
    private String show(String text) {
        return "«" + ctx.redact(text).replace("\n", "\\n") + "»";
    }

    private String expand(String text) {
        return Placeholders.expand(text, ctx, Optional.empty());
    }

    /** A doc string's lines, each ending with a line break as the server ends them. */
    private String expandLines(String docString) {
        StringBuilder sb = new StringBuilder();
        for (String line : docString.split("\n", -1)) {
            sb.append(expand(line)).append('\n');
        }
        return sb.toString();
    }
}
