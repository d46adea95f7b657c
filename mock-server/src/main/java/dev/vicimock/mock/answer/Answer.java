package dev.vicimock.mock.answer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the API answers to one request, as typed lines, and the one place that renders them into the exact
 * bytes the real server sends. Data values are byte strings (one char per byte), echoed as they are.
 */
public final class Answer {
    /** One grammar line: an outcome, the function it speaks for (null for pipeline lines) and its data. */
    public record Line(Outcome outcome, String function, List<String> data) {
        public Line {
            data = List.copyOf(data);
        }
    }

    private final int status;
    private final List<Line> lines;
    private final String literal;
    private final String debug;

    private Answer(int status, List<Line> lines, String literal, String debug) {
        this.status = status;
        this.lines = List.copyOf(lines);
        this.literal = literal;
        this.debug = debug;
    }

    /** A single line: {@code outcome} for {@code function} (null when the line names none) with its data. */
    public static Answer of(Outcome outcome, String function, String... data) {
        return new Answer(200, List.of(new Line(outcome, function, List.of(data))), null, "");
    }

    /** Several lines in one body (the invalid-source answer is two). */
    public static Answer lines(Line... lines) {
        return new Answer(200, List.of(lines), null, "");
    }

    /** Several lines in one body, in order. */
    public static Answer lines(List<Line> lines) {
        return new Answer(200, lines, null, "");
    }

    /** A body that is not a grammar line of the ERROR/NOTICE/SUCCESS kind (version, teapot). */
    public static Answer literal(int status, String bytes) {
        return new Answer(status, List.of(), bytes, "");
    }

    /**
     * A data export rather than a grammar line (user_details): each row's values joined by the delimiter, one row
     * a line. Values are byte strings, written as they are (the real code escapes nothing).
     */
    public static Answer rows(String delimiter, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        for (List<String> row : rows) {
            b.append(String.join(delimiter, row)).append('\n');
        }
        return new Answer(200, List.of(), b.toString(), "");
    }

    /** What the real server sends when PHP itself dies: HTTP 500 with an empty body. */
    public static Answer crash() {
        return new Answer(500, List.of(), "", "");
    }

    /**
     * The same body with status 500: the page died after the answer was written (2.14-202 logging a request
     * whose raw text holds an apostrophe).
     */
    public Answer failedAfterwards() {
        return new Answer(500, lines, literal, debug);
    }

    /** The same answer preceded by debug output ({@code DB=1}). */
    public Answer withDebug(String debugBytes) {
        if (debugBytes.isEmpty() || isCrash()) {
            return this;
        }
        return new Answer(status, lines, literal, debugBytes + debug);
    }

    public int status() {
        return status;
    }

    public List<Line> lines() {
        return lines;
    }

    /** True for the empty 500 of a page that died before answering. */
    public boolean isCrash() {
        return status == 500 && lines.isEmpty() && (literal == null || literal.isEmpty()) && debug.isEmpty();
    }

    /** The response body exactly as the real server writes it. */
    public byte[] body() {
        return render().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The body as a byte string (one char per byte). */
    public String render() {
        if (literal != null) {
            return debug + literal;
        }
        StringBuilder b = new StringBuilder(debug);
        for (Line line : lines) {
            render(line, b);
            b.append('\n');
            if (line.outcome().emptyLineAfter()) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static void render(Line line, StringBuilder b) {
        Outcome o = line.outcome();
        b.append(o.word()).append(": ");
        if (line.function() != null) {
            b.append(line.function()).append(' ');
        }
        b.append(o.reason());
        switch (o.form()) {
            case COLON -> b.append(": |").append(String.join("|", line.data()));
            case DASH -> b.append(" - ").append(String.join("|", line.data()));
            case COLON_BARE -> b.append(": ").append(String.join("|", line.data()));
            case NONE -> {
                return;
            }
        }
        if (o.trailingPipe()) {
            b.append('|');
        }
    }

    @Override
    public String toString() {
        return status + " " + render();
    }

    /** Lines of the answer for assertions: outcome names in order. */
    public List<Outcome> outcomes() {
        List<Outcome> out = new ArrayList<>();
        lines.forEach(l -> out.add(l.outcome()));
        return out;
    }
}
