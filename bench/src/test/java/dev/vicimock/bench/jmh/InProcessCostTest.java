package dev.vicimock.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark methods get the answers the workloads expect (those the HTTP bench checks); no timing. */
class InProcessCostTest {

    private static void twiceRoundTheCycle(InProcessCost bench, String subject, Supplier<byte[]> call)
            throws Exception {
        bench.open(subject);
        try {
            for (int i = 0; i < 4; i++) {
                call.get();
            }
            assertDoesNotThrow(bench::noWrongAnswers, subject);
        } finally {
            bench.stop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"update-success", "update-error", "add-delete", "version", "add-delete-user"})
    void everySubjectAnswersEveryStepAsTheWorkloadExpects(String workload) throws Exception {
        InProcessCost bench = new InProcessCost();
        bench.workload = workload;
        twiceRoundTheCycle(bench, "baseline", bench::baseline);
        twiceRoundTheCycle(bench, "extension", bench::extension);
        twiceRoundTheCycle(bench, "simulator", bench::simulator);
    }

    @Test
    void aWrongAnswerFailsTheIteration() throws Exception {
        InProcessCost bench = new InProcessCost();
        bench.workload = "version";
        bench.open("simulator");
        try {
            bench.simulator();
            bench.checked(0, 200, "NOT A VERSION".getBytes(StandardCharsets.UTF_8));
            IllegalStateException e = assertThrows(IllegalStateException.class, bench::noWrongAnswers);
            assertTrue(e.getMessage().startsWith("1 wrong answers to version; the first: 200 NOT A VERSION"));
        } finally {
            bench.stop();
        }
    }
}
