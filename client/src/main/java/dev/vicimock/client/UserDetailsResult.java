package dev.vicimock.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answer of {@code user_details} (2.14-202): an optional header line and the user's row, or an error line.
 *
 * @param reply     the body's lines (rows are lines the answer grammar does not know)
 * @param delimiter the rows' delimiter, when there are rows
 * @param header    whether a header line came first ({@code header=YES})
 * @param rows      the rows in order
 */
public record UserDetailsResult(Reply reply, Optional<Character> delimiter, boolean header, List<UserRow> rows)
        implements FunctionResult {

    public UserDetailsResult {
        rows = List.copyOf(rows);
    }

    public static UserDetailsResult parse(String body) {
        Reply reply = Reply.parse(body);
        if (!reply.main().answer().word().isEmpty()) {
            return new UserDetailsResult(reply, Optional.empty(), false, List.of());
        }
        List<String> lines = reply.lines().stream()
                .map(l -> l.answer().line())
                .filter(l -> !l.isEmpty())
                .toList();
        Optional<Character> delimiter = lines.isEmpty() ? Optional.empty() : headerDelimiter(lines.get(0));
        boolean header = delimiter.isPresent();
        List<UserRow> rows = new ArrayList<>();
        for (String line : header ? lines.subList(1, lines.size()) : lines) {
            Optional<Character> d = delimiter.isPresent() ? delimiter : UserRow.delimiterOf(line);
            d.flatMap(c -> UserRow.parse(line, c)).ifPresent(rows::add);
            delimiter = delimiter.or(() -> d);
        }
        return new UserDetailsResult(reply, delimiter, header, rows);
    }

    private static Optional<Character> headerDelimiter(String line) {
        for (char d : new char[] {'\t', '|', ','}) {
            if (line.equals(UserRow.header(d))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The first row, the user asked for. */
    public Optional<UserRow> row() {
        return rows.stream().findFirst();
    }

    @Override
    public Outcome outcome() {
        return rows.isEmpty() ? reply.outcome() : Outcome.DATA;
    }

    @Override
    public boolean isSuccess() {
        return !rows.isEmpty();
    }

    /** Lines that are neither the header, a row, nor a known answer line. */
    @Override
    public List<String> unread() {
        if (rows.isEmpty()) {
            return reply.unread();
        }
        int expected = rows.size() + (header ? 1 : 0);
        long lines =
                reply.lines().stream().filter(l -> !l.answer().line().isEmpty()).count();
        return lines == expected ? List.of() : List.of("lines that are no row: " + (lines - expected));
    }
}
