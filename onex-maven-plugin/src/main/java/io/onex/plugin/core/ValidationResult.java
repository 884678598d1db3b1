package io.onex.plugin.core;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything a validation run found.
 *
 * @param catalog the catalog, or null when it has errors
 * @param contracts the contracts, or null when the contracts or the catalog have errors
 * @param diagnostics every problem, catalog and contracts together, sorted by {@link Diagnostic#ORDER}
 * @param inputs every file read
 * @param contractFiles how many contract files were read
 */
public record ValidationResult(Catalog catalog, List<Contract> contracts, List<Diagnostic> diagnostics,
        List<InputFile> inputs, int contractFiles) {
    public ValidationResult {
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        inputs = inputs.stream().distinct().sorted(Comparator.comparing(InputFile::displayPath)).toList();
    }

    static ValidationResult of(Loaded<Catalog> catalog, Loaded<List<Contract>> contracts) {
        return new ValidationResult(catalog.value(), contracts.value(),
                Stream.concat(catalog.diagnostics().stream(), contracts.diagnostics().stream()).toList(),
                Stream.concat(catalog.inputs().stream(), contracts.inputs().stream()).toList(),
                contracts.inputs().size());
    }

    public long errorCount() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    public long warningCount() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }
}
