package dev.vicimock.mock.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a comparison into a folder: {@code report.md} for people and {@code report.json} for tools. */
public final class ReportFiles {
    public static final String MARKDOWN = "report.md";
    public static final String JSON = "report.json";

    private ReportFiles() {}

    /** Writes both files, creating the folder; returns the Markdown file. */
    public static Path write(Path dir, CompareReport report) {
        try {
            Files.createDirectories(dir);
            RunFiles.JSON.writeValue(dir.resolve(JSON).toFile(), report);
            Path md = dir.resolve(MARKDOWN);
            Files.writeString(md, ReportMarkdown.render(report), StandardCharsets.UTF_8);
            return md;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
