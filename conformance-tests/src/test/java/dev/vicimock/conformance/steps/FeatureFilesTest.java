package dev.vicimock.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.conformance.answer.GrammarLine;
import dev.vicimock.conformance.target.ReleaseProfile;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.release.ReleaseClasses;
import dev.vicimock.mock.release.ReleaseRange;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleDocString;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleStepArgument;
import io.cucumber.messages.types.PickleTag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the feature files themselves, without running them: every answer of the update_phone and provisioning
 * grammars is stated, directly or through a release range, for every known release that gives it (unless
 * {@link #UNREACHABLE} says why no scenario can), and every scenario kept off real servers says why in a known way.
 */
class FeatureFilesTest {

    private static final Path FEATURES = Path.of("../features");
    /** The release range a step may start with, as group 1. */
    private static final String RANGE = "^(?:(" + ReleaseRange.REGEX + ") )?";

    private static final Pattern ANSWER = Pattern.compile(
            RANGE + "the answer is \"(.*)\"(?: with HTTP status \\d+( and no line break)?|( and an empty line))?$");
    private static final Pattern ANSWER_LINES = Pattern.compile(RANGE + "the answer is:$");
    private static final Pattern CRASH = Pattern.compile(RANGE + "the server fails with HTTP 500.*$");
    private static final Pattern ENDS_WITH =
            Pattern.compile(RANGE + "the answer starts with \".*\" and ends with \"(.*)\"$");
    private static final Pattern EVERY = Pattern.compile("^every one of those answers was \"(.*)\"$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]+}");

    /** The grammars whose every line some scenario must state (the reset mail cannot be provoked). */
    private static final Set<GrammarLine.Grammar> STATED =
            Set.of(GrammarLine.Grammar.UPDATE_PHONE, GrammarLine.Grammar.PROVISIONING);

    private static List<Pickle> pickles;

    @BeforeAll
    static void readFeatures() throws IOException {
        GherkinParser parser = GherkinParser.builder()
                .includeSource(false)
                .includeGherkinDocument(false)
                .includePickles(true)
                .build();
        pickles = new ArrayList<>();
        try (Stream<Path> files = Files.list(FEATURES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature"))
                    .sorted()
                    .toList()) {
                parser.parse(file)
                        .map(Envelope::getPickle)
                        .flatMap(Optional::stream)
                        .forEach(pickles::add);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertTrue(pickles.size() > 100, "too few scenarios found in " + FEATURES.toAbsolutePath());
    }

    /**
     * Answers no scenario can bring about on a release that gives them, each with the reason; empty while every
     * line of {@link GrammarLine} is reachable. Keys are {@code LINE on release}.
     */
    static final Map<String, String> UNREACHABLE = Map.of(
            "PASSWORD_RESET on 2.14-202", "a reset succeeds only with a working mail system; the recordings had none");

    @Test
    void everyAnswerOfTheGrammarIsStatedForEveryReleaseThatGivesIt() {
        Map<GrammarLine, Set<String>> stated = new EnumMap<>(GrammarLine.class);
        for (Pickle pickle : pickles) {
            for (PickleStep step : pickle.getSteps()) {
                expectation(step)
                        .ifPresent(e -> e.lines()
                                .forEach(line -> stated.computeIfAbsent(line, k -> new HashSet<>())
                                        .addAll(e.releases())));
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> needlessExceptions = new ArrayList<>();
        for (GrammarLine line : GrammarLine.values()) {
            for (String release : ReleaseClasses.known().profiles()) {
                if (!STATED.contains(line.grammar()) || !line.appliesTo(release)) {
                    continue;
                }
                String key = line + " on " + release;
                boolean isStated = stated.getOrDefault(line, Set.of()).contains(release);
                if (!isStated && !UNREACHABLE.containsKey(key)) {
                    missing.add(key);
                } else if (isStated && UNREACHABLE.containsKey(key)) {
                    needlessExceptions.add(key);
                }
            }
        }
        assertTrue(missing.isEmpty(), "no scenario states " + missing);
        assertTrue(needlessExceptions.isEmpty(), "stated, so no longer an exception: " + needlessExceptions);
    }

    /** A range derived from the release classes reaches exactly the profiles the suite runs as. */
    @Test
    void theReleasesCheckedAreTheProfilesTheSuiteRunsAs() {
        Set<String> known = new HashSet<>();
        for (Release release : ReleaseProfile.KNOWN) {
            known.add(release.name());
        }
        assertTrue(
                known.equals(Set.copyOf(ReleaseClasses.known().profiles())),
                "release classes " + ReleaseClasses.known().profiles() + " but profiles " + known);
    }

    @Test
    void everyScenarioKeptOffRealServersSaysWhy() {
        for (Pickle pickle : pickles) {
            for (PickleTag tag : pickle.getTags()) {
                if (tag.getName().startsWith("@mock-only")) {
                    String key = tag.getName().contains(":")
                            ? tag.getName().substring(tag.getName().indexOf(':') + 1)
                            : "";
                    assertTrue(
                            Hooks.MOCK_ONLY_REASONS.containsKey(key),
                            pickle.getUri() + " '" + pickle.getName() + "': " + tag.getName()
                                    + " has no reason; use one of " + Hooks.MOCK_ONLY_REASONS.keySet());
                }
            }
        }
    }

    @Test
    void mostScenariosRunUnchangedOnARealServer() {
        long mockOnly = pickles.stream()
                .filter(p -> p.getTags().stream().anyMatch(t -> t.getName().startsWith("@mock-only")))
                .count();
        assertTrue(mockOnly * 10 < pickles.size(), mockOnly + " of " + pickles.size() + " scenarios are mock-only");
    }

    /** The grammar lines a step states, and the releases it states them for. */
    private record Expectation(List<GrammarLine> lines, Set<String> releases) {}

    private static Optional<Expectation> expectation(PickleStep step) {
        String text = step.getText();
        Matcher m;
        if ((m = ANSWER.matcher(text)).matches()) {
            String end = m.group(4) != null ? "\n\n" : m.group(3) != null ? "" : "\n";
            String body = sample(m.group(2).replace("\\\"", "\"")) + end;
            return classify(body, m.group(1), text);
        }
        if ((m = ANSWER_LINES.matcher(text)).matches()) {
            String doc = step.getArgument()
                    .flatMap(PickleStepArgument::getDocString)
                    .map(PickleDocString::getContent)
                    .orElse("");
            return classify(sample(doc) + "\n", m.group(1), text);
        }
        if ((m = CRASH.matcher(text)).matches()) {
            return Optional.of(new Expectation(List.of(GrammarLine.SERVER_CRASH), releases(m.group(1))));
        }
        if ((m = ENDS_WITH.matcher(text)).matches()) {
            return classify(sample(m.group(2)) + "\n", m.group(1), text);
        }
        if ((m = EVERY.matcher(text)).matches()) {
            return classify(sample(m.group(1)) + "\n", null, text);
        }
        if (text.equals("the answer is the version line of the target's release")) {
            return Optional.of(new Expectation(List.of(GrammarLine.VERSION), releases(null)));
        }
        return Optional.empty();
    }

    private static Optional<Expectation> classify(String body, String release, String step) {
        List<GrammarLine> lines = GrammarLine.classifyEach(body);
        if (lines.isEmpty()) {
            throw new AssertionError("the step '" + step + "' states an answer outside the grammar");
        }
        return Optional.of(new Expectation(lines, releases(release)));
    }

    private static Set<String> releases(String range) {
        if (range != null) {
            return Set.copyOf(ReleaseClasses.known().select(ReleaseRange.parse(range)));
        }
        Set<String> all = new HashSet<>();
        for (Release known : ReleaseProfile.KNOWN) {
            all.add(known.name());
        }
        return all;
    }

    /** The text with every placeholder replaced by a sample value. */
    private static String sample(String text) {
        // the placeholders that stand for separators keep what they stand for
        String separators = text.replace("{tab}", "\t").replace("{space}", " ").replace("{empty}", "");
        return PLACEHOLDER.matcher(separators).replaceAll("x");
    }
}
