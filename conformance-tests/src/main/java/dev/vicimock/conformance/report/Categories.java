package dev.vicimock.conformance.report;

import groovy.json.JsonOutput;
import io.qameta.allure.model.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes Allure's {@code categories.json}, which sorts the scenarios that did not pass by {@link FailureKind}, and
 * puts the scenarios with steps a target could not check ({@link UncheckedSteps}) in a category of their own.
 */
public final class Categories {

    static final String UNCHECKED = "passed, with steps this target cannot check";

    private Categories() {}

    /** Writes the categories into an Allure results folder. */
    public static void write(Path resultsDir) {
        try {
            Files.createDirectories(resultsDir);
            Files.writeString(
                    resultsDir.resolve("categories.json"),
                    JsonOutput.prettyPrint(JsonOutput.toJson(all())),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, Object>> all() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FailureKind kind : FailureKind.values()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", kind.title());
            c.put("matchedStatuses", kind.statuses());
            kind.messageRegex().ifPresent(r -> c.put("messageRegex", r));
            kind.traceRegex().ifPresent(r -> c.put("traceRegex", r));
            out.add(c);
        }
        Map<String, Object> unchecked = new LinkedHashMap<>();
        unchecked.put("name", UNCHECKED);
        unchecked.put("matchedStatuses", List.of(Status.SKIPPED.value()));
        unchecked.put("messageRegex", "(?s)" + UncheckedSteps.MESSAGE_START + ".*");
        out.add(unchecked);
        return out;
    }
}
