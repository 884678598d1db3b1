package io.onex.plugin.generate;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import java.util.List;

/**
 * Everything the generators see: the validated catalog, the validated contracts and the options.
 *
 * @param catalog validated catalog
 * @param contracts validated contracts, sorted by file
 * @param options generation options
 */
public record GenerationModel(Catalog catalog, List<Contract> contracts, GenerationOptions options) {
    public GenerationModel {
        contracts = List.copyOf(contracts);
    }
}
