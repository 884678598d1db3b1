package io.onex.plugin.core;

import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.Severity;
import java.util.List;

/**
 * What every goal's core returns: the located diagnostics of the user's inputs (javac style, never an exception),
 * the lines worth showing at INFO, and one summary line. A thin Mojo logs them in that order and fails the build
 * when {@link #failed(boolean)} says so.
 */
public interface GoalResult {

    /** Every problem found in the inputs, sorted by {@link Diagnostic#ORDER}. */
    List<Diagnostic> diagnostics();

    /** Lines shown at INFO after the diagnostics: a table, a plan, a report. */
    default List<String> details() {
        return List.of();
    }

    /** Lines shown only with Maven's debug output ({@code -X}): settings in effect, never a secret. */
    default List<String> debugDetails() {
        return List.of();
    }

    /** One line saying what the goal did, shown last. */
    String summary();

    /**
     * Whether the goal found what it checks for to be wrong although every input was valid: drift of a cluster
     * under {@code verify}, a compatibility break. Such findings are among the {@link #details()}.
     */
    default boolean findingsFail() {
        return false;
    }

    /** Whether the build should fail. */
    default boolean failed(boolean failOnWarning) {
        return errorCount() > 0 || failOnWarning && warningCount() > 0 || findingsFail();
    }

    default long errorCount() {
        return diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    default long warningCount() {
        return diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
    }
}
