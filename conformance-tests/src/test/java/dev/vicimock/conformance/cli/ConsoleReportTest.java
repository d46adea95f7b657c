package dev.vicimock.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor.Type;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.launcher.TestIdentifier;

/** What the console says about one scenario that did not pass. */
class ConsoleReportTest {

    private static final UniqueId ENGINE = UniqueId.forEngine("cucumber");

    @Test
    void aFailureIsOneLineWithTheFileTheLineTheScenarioAndTheFirstLineOfTheReason() {
        String line = ConsoleReport.line(
                "FAILED", scenario("a phone is deleted", 12), "could not delete test phone x\nsee the report\n");

        assertEquals("FAILED features/delete.feature:12 a phone is deleted: could not delete test phone x", line);
    }

    @Test
    void anIndentedLineThatContinuesTheReasonJoinsIt() {
        String line = ConsoleReport.line(
                "FAILED",
                scenario("a phone is deleted", 12),
                "answer differs from the release's recorded answer: expected «A»\n     got «B»\nmore");

        assertEquals(
                "FAILED features/delete.feature:12 a phone is deleted:"
                        + " answer differs from the release's recorded answer: expected «A» got «B»",
                line);
    }

    @Test
    void aPasswordInTheReasonIsMasked() {
        String line = ConsoleReport.line(
                "FAILED", scenario("a login", 3), "sent user=6666&pass=s3cret99&function=update_phone");

        assertFalse(line.contains("s3cret99"), line);
        assertTrue(line.contains("pass=***"), line);
    }

    @Test
    void aSkipSaysWhyWithoutSayingSkippedTwice() {
        String line =
                ConsoleReport.line("SKIPPED", scenario("a lockout", 7), "skipped: it locks an account for 15 minutes");

        assertEquals("SKIPPED features/delete.feature:7 a lockout: it locks an account for 15 minutes", line);
    }

    @Test
    void aConnectionThatFailedSaysTheTargetIsUnreachable() {
        String reason = ConsoleReport.reason(new IllegalStateException(new ConnectException("Connection refused")));

        assertEquals("target unreachable: ConnectException: Connection refused", reason);
    }

    private static TestIdentifier scenario(String name, int line) {
        TestSource source = ClasspathResourceSource.from("features/delete.feature", FilePosition.from(line));
        AbstractTestDescriptor feature =
                new Descriptor(ENGINE.append("feature", "delete"), "Delete", null, Type.CONTAINER);
        AbstractTestDescriptor scenario =
                new Descriptor(feature.getUniqueId().append("scenario", "" + line), name, source, Type.TEST);
        feature.addChild(scenario);
        return TestIdentifier.from(scenario);
    }

    private static final class Descriptor extends AbstractTestDescriptor {
        private final Type type;

        Descriptor(UniqueId id, String name, TestSource source, Type type) {
            super(id, name, source);
            this.type = type;
        }

        @Override
        public Type getType() {
            return type;
        }
    }
}
