package io.onex.plugin.validate;

import io.onex.plugin.model.Diagnostic;
import java.util.List;

/**
 * A validated value and every diagnostic found on the way; the value is null when any diagnostic is an error.
 *
 * @param value the model, or null
 * @param diagnostics all problems, sorted by {@link Diagnostic#ORDER}
 * @param <T> the model type
 */
public record Checked<T>(T value, List<Diagnostic> diagnostics) {
    public Checked {
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            value = null;
        }
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
