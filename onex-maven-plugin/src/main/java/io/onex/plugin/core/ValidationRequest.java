package io.onex.plugin.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to validate.
 *
 * @param catalog where the catalog is read from
 * @param contracts contract files and folders; may be empty
 * @param displayBase files below it are shown relative to it; may be null
 */
public record ValidationRequest(CatalogSource catalog, List<Path> contracts, Path displayBase) {
    public ValidationRequest {
        Objects.requireNonNull(catalog, "catalog");
        contracts = List.copyOf(contracts);
    }
}
