package dev.vicimock.mock.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The side-by-side report a person reads: per feature, each scenario whose answers differ with both answers one
 * above the other and the differing part marked, then the scenarios only one run has.
 */
public final class ReportMarkdown {
    private static final String FENCE = "~~~~";

    private ReportMarkdown() {}

    public static String render(CompareReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# Compare: ")
                .append(name(report.left()))
                .append(" → ")
                .append(name(report.right()))
                .append("\n\n");
        md.append("| | left | right |\n|---|---|---|\n");
        md.append("| target | ")
                .append(cell(report.left().url()))
                .append(" | ")
                .append(cell(report.right().url()))
                .append(" |\n");
        md.append("| version | ")
                .append(cell(report.left().version()))
                .append(" | ")
                .append(cell(report.right().version()))
                .append(" |\n");
        md.append("| build | ")
                .append(cell(report.left().build()))
                .append(" | ")
                .append(cell(report.right().build()))
                .append(" |\n\n");
        md.append(report.scenarios())
                .append(" scenarios in both runs, ")
                .append(report.differingScenarios().size())
                .append(" answer differently (")
                .append(report.differing().size())
                .append(" steps); ")
                .append(report.onlyLeft().size())
                .append(" only in the left run, ")
                .append(report.onlyRight().size())
                .append(" only in the right run.\n\n");
        md.append(
                "Each difference shows the left answer above the right one; the part that differs is marked `[-left-]`"
                        + " and `{+right+}`. The run's own values are normalised first: the test-name prefix as `{run}`,"
                        + " dates as `{date}`, the version line's EPOCH, DST and TZNOW as `{clock}`.\n");
        for (Map.Entry<String, List<CompareReport.Difference>> feature :
                byFeature(report.differing()).entrySet()) {
            md.append("\n## ").append(feature.getKey()).append("\n");
            String scenario = null;
            for (CompareReport.Difference d : feature.getValue()) {
                if (!d.scenario().equals(scenario)) {
                    scenario = d.scenario();
                    md.append("\n### ").append(scenario).append("\n");
                }
                difference(md, d);
            }
        }
        only(md, "Only in the left run", report.onlyLeft());
        only(md, "Only in the right run", report.onlyRight());
        return md.toString();
    }

    private static void difference(StringBuilder md, CompareReport.Difference d) {
        md.append("\n**").append(d.step().replaceAll(":$", "")).append("**");
        if (d.request() != null) {
            md.append(": `")
                    .append(d.request().method())
                    .append(' ')
                    .append(code(d.request().target()))
                    .append('`');
            if (d.request().body() != null && !d.request().body().isEmpty()) {
                md.append(" with body `").append(code(d.request().body())).append('`');
            }
        }
        md.append("\n\n");
        String left = text(d.left());
        String right = text(d.right());
        String[] marked = DiffMarks.mark(left, right);
        block(md, "left", marked[0]);
        block(md, "right", marked[1]);
    }

    private static String text(CompareReport.Side side) {
        if (side == null) {
            return "(no such step)";
        }
        if (side.effects() != null) {
            try {
                return RunFiles.JSON.writeValueAsString(side.effects());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return "HTTP " + side.status() + "\n" + (side.body().isEmpty() ? "(empty body)" : side.body());
    }

    private static void block(StringBuilder md, String label, String text) {
        md.append(label).append(":\n").append(FENCE).append('\n').append(text);
        if (!text.endsWith("\n")) {
            md.append('\n');
        }
        md.append(FENCE).append("\n\n");
    }

    private static void only(StringBuilder md, String title, List<CompareReport.ScenarioRef> refs) {
        if (refs.isEmpty()) {
            return;
        }
        md.append("\n## ").append(title).append("\n\n");
        refs.forEach(r -> md.append("- ")
                .append(r.feature())
                .append(": ")
                .append(r.scenario())
                .append('\n'));
    }

    private static Map<String, List<CompareReport.Difference>> byFeature(List<CompareReport.Difference> all) {
        Map<String, List<CompareReport.Difference>> out = new LinkedHashMap<>();
        all.forEach(
                d -> out.computeIfAbsent(d.feature(), k -> new ArrayList<>()).add(d));
        return out;
    }

    private static String name(RunFile.Target t) {
        return t.version() == null || t.version().isEmpty() ? String.valueOf(t.url()) : t.version();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|");
    }

    private static String code(String s) {
        return s.replace("`", "'").replace("\n", " ");
    }
}
