package dev.vicimock.conformance.cli;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.util.List;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Keeps the scenarios a Cucumber tag expression selects and drops the others from the run. Cucumber's own
 * {@code cucumber.filter.tags} keeps them and reports each as skipped, which would bury the real skips under
 * hundreds of lines and count scenarios that were never meant to run.
 */
final class TagFilter implements PostDiscoveryFilter {

    private final String source;
    private final Expression expression;

    /** Throws {@code TagExpressionException} for an expression Cucumber cannot read. */
    TagFilter(String expression) {
        this.source = expression;
        this.expression = TagExpressionParser.parse(expression);
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!descriptor.isTest()) {
            return FilterResult.included("a feature stays while a scenario of it does");
        }
        // the engine gives a scenario its own, its rule's and its feature's tags, without the @
        List<String> tags = descriptor.getTags().stream()
                .map(TestTag::getName)
                .map(t -> "@" + t)
                .toList();
        return FilterResult.includedIf(
                expression.evaluate(tags), () -> "matches " + source, () -> "does not match " + source);
    }
}
