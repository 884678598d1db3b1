package io.onex.plugin.core;

import io.onex.plugin.model.Diagnostic;
import java.util.Comparator;
import java.util.List;

/**
 * The result of loading inputs: the validated value, every diagnostic, and every file read.
 *
 * @param value the model; null when there are errors
 * @param diagnostics all problems found, sorted by {@link Diagnostic#ORDER}
 * @param inputs every file read, sorted by display path
 * @param <T> the model type
 */
public record Loaded<T>(T value, List<Diagnostic> diagnostics, List<InputFile> inputs) {
    public Loaded {
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        inputs = inputs.stream().distinct().sorted(Comparator.comparing(InputFile::displayPath)).toList();
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            value = null;
        }
    }

    /** Whether any diagnostic is an error (then {@link #value()} is null). */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
