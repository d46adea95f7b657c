package dev.vicimock.conformance.steps;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseStarted;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.util.ResultsUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds the target and the release to each scenario's Allure result, and makes them part of its history id, so
 * that the same scenario run against several releases shows as one test per release rather than as a retry. A
 * Cucumber plugin, listed after Allure's own: a hook cannot do it, because Allure files hooks as fixtures.
 */
public final class AllureTestLabels implements ConcurrentEventListener {

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class, this::label);
    }

    private void label(TestCaseStarted event) {
        Run.started().filter(run -> run.release() != null).ifPresent(run -> {
            String kind = run.config().isSimulator() ? "mock" : "real";
            String release = run.release().profile();
            Allure.getLifecycle().updateTestCase(event.getTestCase().getId().toString(), r -> {
                List<Parameter> parameters = new ArrayList<>(r.getParameters());
                parameters.add(new Parameter().setName("target").setValue(kind));
                parameters.add(new Parameter().setName("release").setValue(release));
                r.setParameters(parameters);
                r.setHistoryId(ResultsUtils.md5(r.getHistoryId() + ":" + kind + ":" + release));
            });
        });
    }
}
