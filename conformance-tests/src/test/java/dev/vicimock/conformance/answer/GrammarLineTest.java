package dev.vicimock.conformance.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.client.AnswerParser;
import dev.vicimock.client.ApiAnswer;
import groovy.json.JsonSlurper;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every body the real servers sent in the recorded oracle is an instance of exactly the grammar line the
 * suite's reports name, and the parser reads each of its lines back to the same text.
 */
class GrammarLineTest {

    /** The user and alias functions' recordings, next to the update_phone ones. */
    private static final File PROVISIONING_CASES =
            new File("../mock-server/src/test/resources/oracle/cases-provisioning.json");

    /** Lines of the provisioning reference no recording holds: a reset needs a mail system; tab with header was not asked. */
    private static final Set<GrammarLine> NOT_RECORDED =
            Set.of(GrammarLine.PASSWORD_RESET, GrammarLine.USER_DETAILS_WITH_HEADER_TAB);

    static Stream<Arguments> recordedBodies() {
        return bodiesOf(
                new File(System.getProperty("oracle.cases", "../mock-server/src/test/resources/oracle/cases.json")));
    }

    static Stream<Arguments> recordedProvisioningBodies() {
        return bodiesOf(PROVISIONING_CASES);
    }

    private static Stream<Arguments> bodiesOf(File cases) {
        @SuppressWarnings("unchecked")
        Map<String, Object> oracle = (Map<String, Object>) new JsonSlurper().parse(cases);
        List<Arguments> bodies = new ArrayList<>();
        for (Object c : (List<?>) oracle.get("cases")) {
            Map<?, ?> kase = (Map<?, ?>) c;
            int step = 0;
            for (Object s : (List<?>) kase.get("steps")) {
                step++;
                Map<?, ?> expect = (Map<?, ?>) ((Map<?, ?>) s).get("expect");
                for (Map.Entry<?, ?> e : expect.entrySet()) {
                    Map<?, ?> answer = (Map<?, ?>) e.getValue();
                    if (answer.get("body") != null) {
                        bodies.add(Arguments.of(
                                kase.get("id") + " step " + step + " " + e.getKey(),
                                e.getKey(),
                                ((Number) answer.get("status")).intValue(),
                                answer.get("body")));
                    }
                }
            }
        }
        return bodies.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordedBodies")
    void everyRecordedBodyIsALineOfTheGrammarForItsRelease(String id, String release, int status, String body) {
        Optional<GrammarLine> line = GrammarLine.classify(body);
        assertTrue(line.isPresent(), "no grammar line for " + body);
        assertTrue(line.get().appliesTo(release), line.get() + " is not a line of " + release);
        if (status == 500 && body.isEmpty()) {
            assertEquals(GrammarLine.SERVER_CRASH, line.get());
        } else if (status == 500) {
            // the page died after writing its answer (spec 3d: a raw apostrophe on 2.14-202), which must be one
            assertTrue(GrammarLine.SERVER_CRASH.appliesTo(release), release + " does not die after answering");
            assertTrue(line.get() != GrammarLine.SERVER_CRASH, "a body before the failure: " + body);
        }
        for (ApiAnswer a : AnswerParser.parseBody(body)) {
            assertEquals(a.line(), rebuilt(a), "the parsed parts put back together");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordedProvisioningBodies")
    void everyLineOfARecordedProvisioningBodyIsALineOfTheGrammarForItsRelease(
            String id, String release, int status, String body) {
        List<GrammarLine> lines =
                status == 500 && body.isEmpty() ? List.of(GrammarLine.SERVER_CRASH) : GrammarLine.classifyEach(body);
        boolean whole = body.isEmpty() || Arrays.stream(GrammarLine.values()).anyMatch(l -> l.matches(body));
        assertEquals(
                whole ? 1 : body.split("(?<=\n)").length,
                lines.size(),
                "every line of " + body + " is a grammar line: " + lines);
        for (GrammarLine line : lines) {
            assertTrue(line.appliesTo(release), line + " is not a line of " + release);
        }
    }

    @Test
    void theOracleHoldsEveryLineOfTheProvisioningGrammarThatWasRecorded() {
        Set<GrammarLine> seen = EnumSet.noneOf(GrammarLine.class);
        recordedProvisioningBodies().forEach(a -> seen.addAll(GrammarLine.classifyEach((String) a.get()[3])));
        for (GrammarLine line : GrammarLine.values()) {
            if (line.grammar() == GrammarLine.Grammar.PROVISIONING && !NOT_RECORDED.contains(line)) {
                assertTrue(seen.contains(line), line + " never occurs in the recorded answers");
            }
        }
    }

    @Test
    void aNoticeBeforeTheFinalLineIsALineOfItsOwn() {
        assertEquals(
                List.of(GrammarLine.CAMPAIGN_RANKS_GRADES_UPDATED, GrammarLine.UPDATE_USER_NO_UPDATES),
                GrammarLine.classifyEach("NOTICE: update_user USER CAMPAIGN RANKS/GRADES HAVE BEEN UPDATED - "
                        + "8001|9001|5|\nERROR: update_user NO UPDATES DEFINED: |8001|\n"));
        assertEquals(
                List.of(GrammarLine.UPDATE_USER_NOT_THIS_USER),
                GrammarLine.classifyEach(
                        "ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE THIS USER: |8004|9009|<=|8\n\n"));
    }

    @Test
    void theOracleHoldsEveryLineOfTheUpdatePhoneGrammar() {
        Set<GrammarLine> seen = EnumSet.noneOf(GrammarLine.class);
        recordedBodies().forEach(a -> GrammarLine.classify((String) a.get()[3]).ifPresent(seen::add));
        // the version line is recorded as a pattern (it holds the clock), so it is not among the bodies
        seen.add(GrammarLine.VERSION);
        for (GrammarLine line : GrammarLine.values()) {
            if (line.inUpdatePhoneGrammar()) {
                assertTrue(seen.contains(line), line + " never occurs in the recorded answers");
            }
        }
    }

    @Test
    void theDocumentedFormIsNotTheRealLine() {
        assertFalse(GrammarLine.SERVER_DOES_NOT_EXIST.matches("ERROR: update_phone SERVER DOES NOT EXIST - 6666|x\n"));
        assertTrue(GrammarLine.SERVER_DOES_NOT_EXIST.matches("ERROR: update_phone SERVER DOES NOT EXIST: |6666|x\n"));
    }

    @Test
    void aLineWithoutItsLineBreakIsNotTheAnswer() {
        assertFalse(GrammarLine.PHONE_UPDATED.matches("SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|c|s|"));
    }

    private static String rebuilt(ApiAnswer a) {
        return switch (a.form()) {
            case COLON_BAR ->
                a.word() + ": " + a.function().map(f -> f + " ").orElse("") + a.reason() + ": |"
                        + String.join("|", a.fields());
            case SPACE_DASH ->
                a.word() + ": " + a.function().map(f -> f + " ").orElse("") + a.reason() + " - "
                        + String.join("|", a.fields());
            case COLON ->
                a.word() + ": " + a.function().map(f -> f + " ").orElse("") + a.reason() + ": "
                        + String.join("|", a.fields());
            case NO_DATA -> a.word() + ": " + a.function().map(f -> f + " ").orElse("") + a.reason();
            case BARE_FIELDS, KEY_VALUE -> a.word() + ": " + String.join("|", a.fields());
            case UNRECOGNISED -> a.line();
        };
    }
}
