package io.onex.plugin.core;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import io.onex.plugin.validate.SchemaDocuments;
import java.util.List;
import java.util.Objects;

/**
 * A validated ONEX project: the catalog with its envelope and payload schemas, and the node contracts checked
 * against it. Every goal starts from one, built by {@link ProjectLoader}, and turns it into its own output.
 *
 * @param catalog the catalog
 * @param contracts the contracts in the order of their paths; may be empty
 * @param schemas the self-contained documents (every {@code $ref} inlined) of the envelope and payload schema files,
 *     by the paths the catalog model gives
 */
public record Project(Catalog catalog, List<Contract> contracts, SchemaDocuments schemas) {
    public Project {
        Objects.requireNonNull(catalog, "catalog");
        contracts = List.copyOf(contracts);
        Objects.requireNonNull(schemas, "schemas");
    }
}
