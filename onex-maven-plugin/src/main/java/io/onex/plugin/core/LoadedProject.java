package io.onex.plugin.core;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.Severity;
import io.onex.plugin.validate.SchemaDocuments;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything loading a project found.
 *
 * @param catalog the catalog, or null when it has errors
 * @param schemas the self-contained documents of the catalog's schema files, or null when the catalog has errors
 * @param contracts the contracts, or null when they or the catalog have errors
 * @param diagnostics every problem, catalog and contracts together, sorted by {@link Diagnostic#ORDER}
 * @param inputs every file read, sorted by display path
 * @param contractFiles how many contract files were read
 */
public record LoadedProject(Catalog catalog, SchemaDocuments schemas, List<Contract> contracts, List<Diagnostic> diagnostics,
        List<InputFile> inputs, int contractFiles) {
    public LoadedProject {
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        inputs = inputs.stream().distinct().sorted(Comparator.comparing(InputFile::displayPath)).toList();
    }

    /** The validated project; empty when any input has an error. */
    public Optional<Project> project() {
        return errorCount() > 0 || catalog == null || schemas == null || contracts == null ? Optional.empty()
                : Optional.of(new Project(catalog, contracts, schemas));
    }

    public long errorCount() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    public long warningCount() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }
}
