package io.onex.plugin.core;

import io.onex.plugin.model.Diagnostic;
import java.util.List;

/**
 * What a generate run did.
 *
 * @param status the outcome
 * @param diagnostics every problem found, sorted; empty when up to date
 * @param written files created or changed
 * @param unchanged files generated with the same content as before
 * @param deleted stale files removed
 * @param inputs number of input files read
 */
public record GenerateResult(Status status, List<Diagnostic> diagnostics, List<String> written, int unchanged,
        List<String> deleted, int inputs) implements GoalResult {

    public GenerateResult {
        diagnostics = List.copyOf(diagnostics);
        written = List.copyOf(written);
        deleted = List.copyOf(deleted);
    }

    /** Outcome of a run. */
    public enum Status {
        /**
         * Nothing changed since the last successful run: nothing was read beyond fingerprints, nothing written; the
         * diagnostics are the warnings of that run.
         */
        UP_TO_DATE,
        /** The inputs were valid and the output folder now matches them. */
        GENERATED,
        /** The inputs have errors (or warnings with failOnWarning): nothing was written. */
        FAILED
    }

    @Override
    public String summary() {
        return switch (status) {
            case UP_TO_DATE -> "ONEX sources are up to date: nothing changed since the last run"
                    + (warningCount() == 0 ? "" : " (" + ValidationResult.count(warningCount(), "warning")
                            + " of that run repeated above)");
            case GENERATED -> String.format("ONEX generate: %d files written, %d unchanged, %d deleted from %d inputs, %s",
                    written.size(), unchanged, deleted.size(), inputs, ValidationResult.count(warningCount(), "warning"));
            case FAILED -> "ONEX generate: nothing written, " + ValidationResult.count(errorCount(), "error") + ", "
                    + ValidationResult.count(warningCount(), "warning");
        };
    }
}
