package io.onex.plugin.validate;

import io.onex.plugin.model.Catalog;
import java.util.Objects;

/**
 * A catalog that passed every rule, with the self-contained documents of the schema files it names (the envelope
 * and every payload schema), inlined from the same parsed files the rules checked.
 *
 * @param catalog the catalog model
 * @param schemas the documents, by the paths {@link Catalog#envelopeSchema()} and the topics' payload schemas give
 */
public record ValidatedCatalog(Catalog catalog, SchemaDocuments schemas) {
    public ValidatedCatalog {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(schemas, "schemas");
    }
}
