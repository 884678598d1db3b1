package io.onex.plugin.core;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import io.onex.plugin.validate.ValidatedCatalog;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one entry that reads and validates a project: the catalog (topics.yaml, the envelope and every payload
 * schema, {@code $ref}s resolved with line and column, and the schemas' self-contained documents inlined from the
 * same parsed files), then the contracts against it. Contracts are still checked for their own structure when the
 * catalog fails, so one run reports every problem.
 */
public final class ProjectLoader {

    private ProjectLoader() {
    }

    public static LoadedProject load(ProjectRequest request) {
        Loaded<ValidatedCatalog> loaded = CatalogLoader.loadWithSchemas(request.catalog(), request.displayBase());
        Catalog catalog = loaded.value() == null ? null : loaded.value().catalog();
        Loaded<List<Contract>> contracts = request.contracts().isEmpty()
                ? new Loaded<>(catalog == null ? null : List.<Contract>of(), List.of(), List.of())
                : ContractLoader.load(request.contracts(), catalog, request.displayBase());
        return new LoadedProject(catalog, loaded.value() == null ? null : loaded.value().schemas(), contracts.value(),
                Stream.concat(loaded.diagnostics().stream(), contracts.diagnostics().stream()).toList(),
                Stream.concat(loaded.inputs().stream(), contracts.inputs().stream()).toList(),
                contracts.inputs().size());
    }
}
