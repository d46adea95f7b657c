package dev.vicimock.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vicimock.conformance.steps.ScenarioContext;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * What the Allure report of a rehearsal says about stored values: the steps checked in the target's database (they
 * carry the attachment {@value ScenarioContext#STORED_STATE_CHECKED}) and the steps not checked (skipped with the
 * reason). A rehearsal runs with its own Allure results folder, so the run's report is not touched.
 *
 * @param checked   steps whose stored values were read from the database
 * @param unchecked the reasons of the steps not checked, one per step
 */
record AllureCounts(int checked, List<String> unchecked) {

    /** The Allure Cucumber plugin, for the features' launcher. */
    static final String PLUGIN = "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm";

    /** Runs {@code run} with Allure writing into a fresh folder under {@code target/}, and counts its steps. */
    static AllureCounts during(Callable<?> run) throws Exception {
        Path results =
                Files.createTempDirectory(Files.createDirectories(Path.of("target", "rehearsal-allure")), "results-");
        AllureLifecycle previous = Allure.getLifecycle();
        Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(results)));
        try {
            run.call();
        } finally {
            Allure.setLifecycle(previous);
        }
        return count(results);
    }

    private static AllureCounts count(Path results) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int[] checked = {0};
        List<String> unchecked = new ArrayList<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith("-result.json")).toList()) {
                walk(json.readTree(file.toFile()).path("steps"), checked, unchecked);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new AllureCounts(checked[0], unchecked);
    }

    private static void walk(JsonNode steps, int[] checked, List<String> unchecked) {
        for (JsonNode step : steps) {
            for (JsonNode attachment : step.path("attachments")) {
                if (ScenarioContext.STORED_STATE_CHECKED.equals(
                        attachment.path("name").asText())) {
                    checked[0]++;
                    break;
                }
            }
            String message = step.path("statusDetails").path("message").asText("");
            if ("skipped".equals(step.path("status").asText()) && message.startsWith("not checked: ")) {
                unchecked.add(message);
            }
            walk(step.path("steps"), checked, unchecked);
        }
    }
}
