package io.onex.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Keeps the sample test classes of the extension tests (some fail on purpose) from running on their own:
 * they run only inside {@link #run}, which sets the configuration parameter this condition looks for.
 */
final class OnlyInsideEngineTestKit implements ExecutionCondition {

    private static final String PARAMETER = "onex.testkit.sample-classes";

    /** Runs one sample test class on the Jupiter engine and returns what happened. */
    static EngineExecutionResults run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(PARAMETER, "run")
                .selectors(selectClass(testClass))
                .execute();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER).filter("run"::equals).isPresent()
                ? ConditionEvaluationResult.enabled("run by an extension test")
                : ConditionEvaluationResult.disabled("a sample class of an extension test; it runs only inside that test");
    }
}
