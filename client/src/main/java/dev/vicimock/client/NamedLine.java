package dev.vicimock.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One answer line with its data fields named as the response grammar names them ({@code user},
 * {@code extension}, {@code server_ip}, ...), in the line's order. The documented form of a line is named like
 * the real one. Fields no name accounts for are kept in {@code unnamed}, so nothing of the line is lost.
 *
 * @param answer  the line as parsed
 * @param known   whether the line is one the response grammar lists (or a version or teapot line)
 * @param fields  the named fields in order
 * @param unnamed data fields beyond the named ones, and a non-empty field where a closing bar was expected
 */
public record NamedLine(ApiAnswer answer, boolean known, Map<String, String> fields, List<String> unnamed) {

    private static final Map<String, List<LineSpec>> SPECS =
            KnownLines.TEMPLATES.stream().map(LineSpec::of).collect(Collectors.groupingBy(LineSpec::key));

    public NamedLine {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        unnamed = List.copyOf(unnamed);
    }

    /** Parses and names one line, given without its line break. */
    public static NamedLine parse(String line) {
        return of(AnswerParser.parseLine(line));
    }

    /** Names the fields of a parsed line. */
    public static NamedLine of(ApiAnswer answer) {
        switch (answer.form()) {
            case KEY_VALUE:
                return new NamedLine(answer, true, answer.values(), List.of());
            case BARE_FIELDS:
                return named(answer, true, List.of("function", "message"), false);
            case UNRECOGNISED:
                return new NamedLine(answer, false, Map.of(), answer.line().isEmpty() ? List.of() : answer.fields());
            default:
                List<LineSpec> specs = SPECS.getOrDefault(LineSpec.keyOf(answer), List.of());
                int count = answer.form() == Form.NO_DATA ? 0 : answer.fields().size();
                return specs.stream()
                        .filter(s -> s.fieldCount() == count)
                        .findFirst()
                        .or(() -> specs.stream().findFirst())
                        .map(s -> named(answer, true, s.names(), s.closingBar()))
                        .orElseGet(() -> new NamedLine(answer, false, Map.of(), answer.fields()));
        }
    }

    private static NamedLine named(ApiAnswer answer, boolean known, List<String> names, boolean closingBar) {
        List<String> data = answer.form() == Form.NO_DATA ? List.of() : answer.fields();
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> unnamed = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (i < names.size()) {
                fields.put(names.get(i), data.get(i));
            } else if (!(closingBar && i == names.size() && data.get(i).isEmpty())) {
                unnamed.add(data.get(i));
            }
        }
        return new NamedLine(answer, known, fields, unnamed);
    }

    /** The field of that name, or empty when this line has none. */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The field of that name, or the empty string when this line has none. */
    public String get(String name) {
        return fields.getOrDefault(name, "");
    }

    /** Whether the line is known and every data field has its name: nothing of it went unread. */
    public boolean lossless() {
        return known && unnamed.isEmpty();
    }

    public boolean is(String reason) {
        return answer.reason().equals(reason);
    }
}
