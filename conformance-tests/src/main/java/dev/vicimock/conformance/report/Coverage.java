package dev.vicimock.conformance.report;

import dev.vicimock.conformance.answer.GrammarLine;
import dev.vicimock.conformance.target.ApiExchange;
import dev.vicimock.conformance.target.Param;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a run has exercised: which answers of the grammar the target gave, which update_phone and add_phone
 * fields were sent and what came back, and how many effect checks could be made. Only the scenarios' own
 * requests count; fixture set-up and clean-up do not.
 */
public final class Coverage {

    /** The fields of update_phone, in the order the real server validates them, then the rest. */
    public static final List<String> UPDATE_PHONE_FIELDS = List.of(
            "extension",
            "server_ip",
            "delete_phone",
            "local_gmt",
            "email",
            "phone_context",
            "phone_full_name",
            "registration_password",
            "protocol",
            "phone_pass",
            "phone_login",
            "voicemail_id",
            "dialplan_number",
            "active",
            "outbound_cid",
            "admin_user_group",
            "outbound_alt_cid",
            "phone_ring_timeout",
            "delete_vm_after_email",
            "template_id",
            "is_webphone",
            "webphone_auto_answer",
            "use_external_server_ip",
            "on_hook_agent");

    private final Map<GrammarLine, Set<String>> lines = new EnumMap<>(GrammarLine.class);
    private final Map<GrammarLine, Integer> lineCounts = new EnumMap<>(GrammarLine.class);
    private final Map<String, Map<String, Integer>> fields = new LinkedHashMap<>();
    private final Map<String, Integer> unclassified = new TreeMap<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private int requests;
    private int stateChecks;
    private int stateChecksNotPossible;

    /** Counts one request a scenario made, and the answer it got. */
    public synchronized void record(ApiExchange exchange, String scenario) {
        requests++;
        String answer = exchange.grammarLine().map(Enum::name).orElse("(other)");
        exchange.grammarLine()
                .ifPresentOrElse(
                        line -> {
                            lines.computeIfAbsent(line, k -> new LinkedHashSet<>())
                                    .add(scenario);
                            lineCounts.merge(line, 1, Integer::sum);
                        },
                        () -> unclassified.merge(firstLine(exchange.body()), 1, Integer::sum));
        String function = exchange.request().param("function").orElse("");
        if (function.equals("update_phone") || function.equals("add_phone")) {
            Set<String> sent = new LinkedHashSet<>();
            for (Param p : exchange.request().params()) {
                String name = p.name().replace("[]", "");
                if (UPDATE_PHONE_FIELDS.contains(name)) {
                    sent.add(name);
                }
            }
            for (String name : sent) {
                fields.computeIfAbsent(function + " " + name, k -> new TreeMap<>())
                        .merge(answer, 1, Integer::sum);
            }
        }
    }

    /** Counts an effect check: made (simulator state or API probe), or impossible on this target. */
    public synchronized void stateCheck(boolean made) {
        if (made) {
            stateChecks++;
        } else {
            stateChecksNotPossible++;
        }
    }

    /** Counts a finished scenario by its status (passed, failed, skipped, ...). */
    public synchronized void scenarioFinished(String status) {
        outcomes.merge(status, 1, Integer::sum);
    }

    public synchronized Map<String, Integer> outcomes() {
        return Map.copyOf(outcomes);
    }

    /** The grammar lines of update_phone that this release gives and the run never received. */
    public synchronized List<GrammarLine> missing(String release) {
        List<GrammarLine> missing = new ArrayList<>();
        for (GrammarLine line : GrammarLine.values()) {
            if (line.inUpdatePhoneGrammar() && line.appliesTo(release) && !lines.containsKey(line)) {
                missing.add(line);
            }
        }
        return missing;
    }

    /** The coverage table as Markdown. */
    public synchronized String markdown(RunFacts facts) {
        StringBuilder md = new StringBuilder();
        md.append("# update_phone conformance coverage\n\n");
        md.append("- target: ").append(facts.target()).append('\n');
        md.append("- release: ")
                .append(facts.release())
                .append(" (reported: ")
                .append(facts.reported())
                .append(")\n");
        facts.note().ifPresent(n -> md.append("- note: ").append(n).append('\n'));
        md.append("- scenarios: ")
                .append(outcomes.isEmpty() ? "none" : outcomes)
                .append('\n');
        md.append("- requests: ")
                .append(requests)
                .append("; effect checks made: ")
                .append(stateChecks)
                .append(", not possible on this target: ")
                .append(stateChecksNotPossible)
                .append("\n\n");
        md.append("## Answers of the response grammar\n\n");
        md.append("| answer | releases | received | scenarios (first three) |\n|---|---|---|---|\n");
        for (GrammarLine line : GrammarLine.values()) {
            Set<String> seen = lines.getOrDefault(line, Set.of());
            String received = !line.appliesTo(facts.release())
                    ? "n/a on " + facts.release()
                    : seen.isEmpty() ? "**no**" : lineCounts.get(line) + "×";
            md.append("| ")
                    .append(line.name())
                    .append(line.inUpdatePhoneGrammar() ? "" : " (beyond the grammar)")
                    .append(" | ")
                    .append(line.releases().isEmpty() ? "all" : String.join(", ", line.releases()))
                    .append(" | ")
                    .append(received)
                    .append(" | ")
                    .append(String.join("; ", seen.stream().limit(3).toList()).replace("|", "\\|"))
                    .append(" |\n");
        }
        if (!unclassified.isEmpty()) {
            md.append("\nAnswers outside the grammar (first line): ");
            unclassified.forEach((k, v) -> md.append("`")
                    .append(k.replace("|", "\\|"))
                    .append("` ×")
                    .append(v)
                    .append("; "));
            md.append('\n');
        }
        md.append("\n## Fields sent\n\n| function field | requests | answers |\n|---|---|---|\n");
        for (String function : List.of("update_phone", "add_phone")) {
            for (String field : UPDATE_PHONE_FIELDS) {
                Map<String, Integer> answers = fields.get(function + " " + field);
                if (answers == null && function.equals("add_phone")) {
                    continue;
                }
                int total = answers == null
                        ? 0
                        : answers.values().stream().mapToInt(Integer::intValue).sum();
                md.append("| ")
                        .append(function)
                        .append(' ')
                        .append(field)
                        .append(" | ")
                        .append(total == 0 ? "**0**" : String.valueOf(total))
                        .append(" | ")
                        .append(answers == null ? "" : answers.toString())
                        .append(" |\n");
            }
        }
        List<GrammarLine> missing = missing(facts.release());
        md.append("\n")
                .append(
                        missing.isEmpty()
                                ? "Every answer of the update_phone grammar that " + facts.release()
                                        + " gives was received.\n"
                                : "Not received: " + missing + "\n");
        return md.toString();
    }

    /** The same table as CSV: kind, name, releases, count, details. */
    public synchronized String csv(RunFacts facts) {
        StringBuilder csv = new StringBuilder("kind,name,releases,count,details\n");
        for (GrammarLine line : GrammarLine.values()) {
            csv.append("answer,")
                    .append(line.name())
                    .append(',')
                    .append(line.releases().isEmpty() ? "all" : String.join(" ", line.releases()))
                    .append(',')
                    .append(line.appliesTo(facts.release()) ? lineCounts.getOrDefault(line, 0) : "n/a")
                    .append(',')
                    .append(quote(String.join("; ", lines.getOrDefault(line, Set.of()))))
                    .append('\n');
        }
        fields.forEach((field, answers) -> csv.append("field,")
                .append(field)
                .append(",,")
                .append(answers.values().stream().mapToInt(Integer::intValue).sum())
                .append(',')
                .append(quote(answers.toString()))
                .append('\n'));
        return csv.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String firstLine(String body) {
        if (body.isEmpty()) {
            return "(empty)";
        }
        int nl = body.indexOf('\n');
        String first = nl < 0 ? body : body.substring(0, nl);
        return first.length() > 80 ? first.substring(0, 80) + "…" : first;
    }
}
