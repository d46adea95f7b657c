package dev.vicimock.conformance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Masks passwords in the attachments the Allure Cucumber plugin writes on its own: it attaches every step's data
 * table as it stands in the feature file, so a row such as {@code | phone_pass | ppass1 |} would reach the
 * report unmasked. Run after the scenarios, over the whole results folder; masking twice changes nothing.
 */
public final class AttachmentScrubber {

    private AttachmentScrubber() {}

    public static void scrub(Path resultsDir) {
        if (!Files.isDirectory(resultsDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(resultsDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-attachment.csv"))
                    .toList()) {
                String table = Files.readString(file, StandardCharsets.UTF_8);
                String masked = maskTable(table);
                if (!masked.equals(table)) {
                    Files.writeString(file, masked, StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tab-separated table with the cell after a password parameter's name masked. */
    static String maskTable(String table) {
        String[] lines = table.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String[] cells = lines[i].split("\t", -1);
            for (int c = 0; c + 1 < cells.length; c++) {
                if (Redactor.isSecret(cells[c].trim()) && !cells[c + 1].isEmpty()) {
                    cells[c + 1] = Redactor.MASK;
                }
            }
            lines[i] = String.join("\t", cells);
        }
        return String.join("\n", lines);
    }
}
