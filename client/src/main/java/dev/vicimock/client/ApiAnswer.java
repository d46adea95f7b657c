package dev.vicimock.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a Non-Agent API answer, read into its parts: the result word ({@code SUCCESS}, {@code ERROR},
 * {@code NOTICE}, {@code VERSION}, ...), the function it names if any, the reason, the data fields and the
 * {@link Form} the line used.
 *
 * <p>{@code fields} are the data split on {@code |} with every field kept, including an empty last one: whether a
 * final bar closes the data or opens an empty field depends on the line, so the parser does not guess;
 * {@link NamedLine} knows it per line.
 *
 * @param line     the line exactly as received, without its line break
 * @param word     the result word before the first colon, e.g. {@code ERROR}; empty when unrecognised
 * @param function the function named after the word ({@code update_phone}, {@code auth}), or empty
 * @param reason   the message between the function and the data, e.g. {@code SERVER DOES NOT EXIST}
 * @param data     the raw data after the separator, without the leading bar of the colon-bar form
 * @param fields   {@code data} split on {@code |}, keeping empty fields
 * @param values   for {@link Form#KEY_VALUE} lines, the keys and values in the line's order; empty otherwise
 * @param form     which separator the line used
 */
public record ApiAnswer(
        String line,
        String word,
        Optional<String> function,
        String reason,
        String data,
        List<String> fields,
        Map<String, String> values,
        Form form) {

    public ApiAnswer {
        fields = List.copyOf(fields);
        // Map.copyOf would lose the order of the version line
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean isSuccess() {
        return "SUCCESS".equals(word);
    }

    public boolean isError() {
        return "ERROR".equals(word);
    }

    public boolean isNotice() {
        return "NOTICE".equals(word);
    }

    /** The data field at {@code index}, or empty when the line has fewer fields. */
    public Optional<String> field(int index) {
        return index < fields.size() ? Optional.of(fields.get(index)) : Optional.empty();
    }

    /** A short description for reports: word, function, reason, fields and form. */
    public String describe() {
        return word + (function.map(f -> " [" + f + "]").orElse("")) + " «" + reason + "» fields=" + fields
                + (values.isEmpty() ? "" : " values=" + values) + " form=" + form;
    }
}
