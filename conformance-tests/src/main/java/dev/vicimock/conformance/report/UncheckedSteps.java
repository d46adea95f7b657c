package dev.vicimock.conformance.report;

import io.qameta.allure.Allure;
import io.qameta.allure.listener.StepLifecycleListener;
import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows in the Allure report the steps a target could not answer (stored values, nothing written, the admin log on
 * a real server) as skipped, with the reason, instead of passed; and their scenario as skipped with the message
 * "passed with N steps not checked", labelled {@value #LABEL}. Cucumber still counts such a step as passed, so
 * the build does not fail: every check the target allowed was made. An Allure lifecycle listener, registered in
 * {@code META-INF/services}, because the Allure Cucumber plugin sets a step's status itself when the step ends.
 */
public final class UncheckedSteps implements StepLifecycleListener, TestLifecycleListener {

    /** The tag of a scenario with steps not checked, and the start of its status message. */
    public static final String LABEL = "not-checked-on-target";

    public static final String MESSAGE_START = "passed with ";

    /** The steps marked and not yet stopped (by identity: a step result has no id of its own). */
    private static final Map<StepResult, String> REASONS = Collections.synchronizedMap(new IdentityHashMap<>());

    /** Marks the step now running in the Allure report as not checked, for this reason. */
    public static void markCurrentStep(String reason) {
        Allure.getLifecycle().updateStep(step -> REASONS.put(step, reason));
    }

    @Override
    public void beforeStepStop(StepResult step) {
        String reason = REASONS.remove(step);
        if (reason != null && step.getStatus() == Status.PASSED) {
            step.setStatus(Status.SKIPPED);
            step.setStatusDetails(new StatusDetails().setMessage("not checked: " + reason));
        }
    }

    @Override
    public void beforeTestWrite(TestResult result) {
        if (result.getStatus() != Status.PASSED) {
            return;
        }
        List<String> unchecked = new ArrayList<>();
        collect(result.getSteps(), unchecked);
        if (unchecked.isEmpty()) {
            return;
        }
        result.setStatus(Status.SKIPPED);
        result.setStatusDetails(new StatusDetails()
                .setMessage(MESSAGE_START + unchecked.size()
                        + (unchecked.size() == 1 ? " step" : " steps") + " not checked on this target: "
                        + String.join("; ", unchecked)));
        List<Label> labels = new ArrayList<>(result.getLabels());
        labels.add(new Label().setName("tag").setValue(LABEL));
        result.setLabels(labels);
    }

    private static void collect(List<StepResult> steps, List<String> unchecked) {
        for (StepResult step : steps) {
            if (step.getStatus() == Status.SKIPPED
                    && step.getStatusDetails() != null
                    && step.getStatusDetails().getMessage() != null
                    && step.getStatusDetails().getMessage().startsWith("not checked: ")) {
                unchecked.add(step.getName() + " ("
                        + step.getStatusDetails().getMessage().substring("not checked: ".length()) + ")");
            }
            collect(step.getSteps(), unchecked);
        }
    }
}
