package dev.vicimock.client;

import java.util.ArrayList;
import java.util.List;

/**
 * Every line of one answer body, each named. The last line that is not empty is the one a client acts on
 * ({@link #main()}); lines before it are NOTICE lines (update_user), the first line of the two-line invalid-source
 * answer, or debug output. An empty line is the real server's own (update_user's extra line break) and carries
 * nothing.
 *
 * @param lines the body's lines in order, without the final line break
 */
public record Reply(List<NamedLine> lines) {

    public Reply {
        lines = List.copyOf(lines);
    }

    /** Reads a whole body; an empty body gives no lines. */
    public static Reply parse(String body) {
        return new Reply(
                AnswerParser.parseBody(body).stream().map(NamedLine::of).toList());
    }

    /** The line a client acts on; an empty unknown line when the body is empty. */
    public NamedLine main() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).answer().line().isEmpty()) {
                return lines.get(i);
            }
        }
        return NamedLine.parse("");
    }

    /** The lines before {@link #main()} that are not empty, in order. */
    public List<NamedLine> before() {
        List<NamedLine> out = new ArrayList<>();
        NamedLine main = main();
        for (NamedLine line : lines) {
            if (line == main) {
                break;
            }
            if (!line.answer().line().isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    public Outcome outcome() {
        ApiAnswer answer = main().answer();
        if (lines.isEmpty()) {
            return Outcome.NONE;
        }
        return switch (answer.word()) {
            case "SUCCESS" -> Outcome.SUCCESS;
            case "NOTICE" -> Outcome.NOTICE;
            case "ERROR" -> Outcome.ERROR;
            default -> Outcome.DATA;
        };
    }

    /**
     * What of the body no name accounts for, one entry per line: an unknown line whole, or a known line's
     * unnamed fields. Empty when the body was read without loss.
     */
    public List<String> unread() {
        List<String> out = new ArrayList<>();
        for (NamedLine line : lines) {
            if (line.answer().line().isEmpty()) {
                continue;
            }
            if (!line.known()) {
                out.add(line.answer().line());
            } else if (!line.unnamed().isEmpty()) {
                out.add(line.answer().line() + " unnamed=" + line.unnamed());
            }
        }
        return out;
    }
}
