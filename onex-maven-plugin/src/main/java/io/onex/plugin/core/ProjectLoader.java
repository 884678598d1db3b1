package io.onex.plugin.core;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one entry that reads and validates a project: the catalog (topics.yaml, the envelope and every payload
 * schema, {@code $ref}s resolved with line and column), then the contracts against it. Contracts are still checked
 * for their own structure when the catalog fails, so one run reports every problem.
 */
public final class ProjectLoader {

    private ProjectLoader() {
    }

    public static LoadedProject load(ProjectRequest request) {
        Loaded<Catalog> catalog = CatalogLoader.load(request.catalog(), request.displayBase());
        Loaded<List<Contract>> contracts = request.contracts().isEmpty()
                ? new Loaded<>(catalog.value() == null ? null : List.<Contract>of(), List.of(), List.of())
                : ContractLoader.load(request.contracts(), catalog.value(), request.displayBase());
        return new LoadedProject(catalog.value(), contracts.value(),
                Stream.concat(catalog.diagnostics().stream(), contracts.diagnostics().stream()).toList(),
                Stream.concat(catalog.inputs().stream(), contracts.inputs().stream()).toList(),
                contracts.inputs().size());
    }
}
