package io.onex.plugin.core;

import io.onex.plugin.generate.GenerationOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One run of the generate pipeline.
 *
 * @param catalog where the catalog and schemas come from
 * @param contracts contract files or folders
 * @param outputDirectory the generated-sources folder (owned by the generator)
 * @param stateFile where the fingerprint of the last successful run is kept
 * @param options what to generate
 * @param failOnWarning treat warnings as errors
 * @param displayBase folder that file names in diagnostics are relative to
 * @param toolVersion the plugin version, part of the fingerprint
 */
public record GenerateRequest(CatalogSource catalog, List<Path> contracts, Path outputDirectory, Path stateFile,
        GenerationOptions options, boolean failOnWarning, Path displayBase, String toolVersion) {
    public GenerateRequest {
        Objects.requireNonNull(catalog, "catalog");
        contracts = List.copyOf(contracts);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(stateFile, "stateFile");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(displayBase, "displayBase");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }
}
