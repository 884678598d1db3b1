package io.onex.plugin.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What makes up a project.
 *
 * @param catalog where the catalog and its schemas are read from
 * @param contracts contract files and folders; may be empty
 * @param displayBase files below it are shown relative to it in diagnostics (usually the project folder or the
 *     working directory); may be null
 */
public record ProjectRequest(CatalogSource catalog, List<Path> contracts, Path displayBase) {
    public ProjectRequest {
        Objects.requireNonNull(catalog, "catalog");
        contracts = List.copyOf(contracts);
    }

    /** A project of the catalog alone. */
    public static ProjectRequest catalogOnly(CatalogSource catalog, Path displayBase) {
        return new ProjectRequest(catalog, List.of(), displayBase);
    }
}
