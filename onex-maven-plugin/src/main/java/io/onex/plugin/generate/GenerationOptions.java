package io.onex.plugin.generate;

import java.util.Objects;

/**
 * What to generate and where.
 *
 * @param catalogPackage package of payload records, codecs, topic constants and serdes
 * @param contractPackage package of publishers and subscribers generated from contracts
 * @param generateCatalogTypes whether to emit the catalog's types (the SDK does; node projects take them from the SDK)
 */
public record GenerationOptions(String catalogPackage, String contractPackage, boolean generateCatalogTypes) {
    public static final String DEFAULT_CATALOG_PACKAGE = "io.onex.events";
    public static final String DEFAULT_CONTRACT_PACKAGE = "io.onex.nodes";

    public GenerationOptions {
        Objects.requireNonNull(catalogPackage, "catalogPackage");
        Objects.requireNonNull(contractPackage, "contractPackage");
    }
}
