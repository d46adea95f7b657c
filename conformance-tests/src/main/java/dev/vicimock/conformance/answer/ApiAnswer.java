package dev.vicimock.conformance.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a Non-Agent API answer, read into its parts: the result word ({@code SUCCESS}, {@code ERROR},
 * {@code NOTICE}, {@code VERSION}, ...), the function it names if any, the reason, the data fields and the
 * {@link Form} the line used.
 *
 * <p>{@code fields} are the data split on {@code |} with every field kept, including an empty last one: the
 * real server ends most data with a bar, and whether that bar closes the last field or opens an empty one
 * depends on the line ({@code |6666|cc100|} is "extension cc100, server_ip empty" in the required-fields error),
 * so the parser does not guess.
 *
 * @param line     the line exactly as received, without its line break
 * @param word     the result word before the first colon, e.g. {@code ERROR}; empty when unrecognised
 * @param function the function named after the word ({@code update_phone}, {@code add_phone}, {@code auth}),
 *                 or empty when the line names none
 * @param reason   the message between the function and the data, e.g. {@code SERVER DOES NOT EXIST}
 * @param data     the raw data after the separator, without the leading bar of the colon-bar form
 * @param fields   {@code data} split on {@code |}, keeping empty fields
 * @param values   for {@link Form#KEY_VALUE} lines, the keys and values in order; empty otherwise
 * @param form     which separator the line used
 */
public record ApiAnswer(String line, String word, Optional<String> function, String reason, String data,
                        List<String> fields, Map<String, String> values, Form form) {

    public ApiAnswer {
        fields = List.copyOf(fields);
        values = Map.copyOf(values);
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
