package io.onex.plugin.core;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import java.util.List;

/** Runs every check (catalog, schemas, contracts) without generating anything: the core of the validate goal. */
public final class Validation {

    private Validation() {
    }

    /** Loads the catalog, then the contracts against it; contracts are still checked when the catalog fails. */
    public static ValidationResult run(ValidationRequest request) {
        Loaded<Catalog> catalog = CatalogLoader.load(request.catalog(), request.displayBase());
        Loaded<List<Contract>> contracts =
                ContractLoader.load(request.contracts(), catalog.value(), request.displayBase());
        return ValidationResult.of(catalog, contracts);
    }
}
