package nl.skillsmap.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a {@link FullData} test where the real data is, or where it is required; skips it elsewhere. */
public final class SharedDataCondition implements ExecutionCondition {

    /** When "true", a test that needs the real data runs (and fails) without it instead of being skipped. */
    public static final String REQUIRED = "skillsmap.requireSharedData";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (SharedData.available()) {
            return ConditionEvaluationResult.enabled("the real data is at " + SharedData.root());
        }
        if (Boolean.getBoolean(REQUIRED)) {
            return ConditionEvaluationResult.enabled(REQUIRED + " is set: runs, and fails, without the real data");
        }
        return ConditionEvaluationResult.disabled("needs the real data (../shared/data beside the checkout, or -D"
                + SharedData.PROPERTY + "=<dir>), which is not at " + SharedData.location());
    }
}
