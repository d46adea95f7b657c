package dev.vicimock.client;

import java.util.ArrayList;
import java.util.List;

/**
 * What one known answer line carries: the names of its data fields, in order, and whether a bar closes the data.
 * Read from a template of {@link KnownLines} with the parser itself, so the template and the answers it names
 * cannot disagree on how a line splits.
 *
 * @param key        the function (empty for the login, source and dispatch lines) and the reason
 * @param names      the field names, e.g. {@code user, extension, server_ip}
 * @param closingBar whether the data ends with a {@code |} that opens no field
 */
record LineSpec(String key, List<String> names, boolean closingBar) {

    LineSpec {
        names = List.copyOf(names);
    }

    static LineSpec of(String template) {
        ApiAnswer answer = AnswerParser.parseLine(template);
        List<String> fields = answer.form() == Form.NO_DATA ? List.of() : answer.fields();
        boolean closing = !fields.isEmpty() && fields.get(fields.size() - 1).isEmpty();
        List<String> names = new ArrayList<>();
        for (String field : closing ? fields.subList(0, fields.size() - 1) : fields) {
            names.add(field.substring(1, field.length() - 1));
        }
        return new LineSpec(keyOf(answer), names, closing);
    }

    static String keyOf(ApiAnswer answer) {
        return answer.function().orElse("") + " " + answer.reason();
    }

    /** How many data fields a line of this kind splits into. */
    int fieldCount() {
        return names.size() + (closingBar ? 1 : 0);
    }
}
