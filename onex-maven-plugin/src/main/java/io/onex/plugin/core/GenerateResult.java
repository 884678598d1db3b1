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
        List<String> deleted, int inputs) {

    public GenerateResult {
        diagnostics = List.copyOf(diagnostics);
        written = List.copyOf(written);
        deleted = List.copyOf(deleted);
    }

    /** Outcome of a run. */
    public enum Status {
        /** Nothing changed since the last successful run: nothing was read beyond fingerprints, nothing written. */
        UP_TO_DATE,
        /** The inputs were valid and the output folder now matches them. */
        GENERATED,
        /** The inputs have errors (or warnings with failOnWarning): nothing was written. */
        FAILED
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }
}
