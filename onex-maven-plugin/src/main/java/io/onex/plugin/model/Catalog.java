package io.onex.plugin.model;

import java.util.List;
import java.util.Optional;

/**
 * The validated topic catalog with its schemas.
 *
 * @param topics topics in catalog order
 * @param envelope the envelope type of spec section 4 (its payload property is typed per topic)
 * @param envelopeSchema the envelope schema file, normalized path relative to the catalog folder (as topics' payload
 *     schemas are); empty for a model built without files
 * @param source where the catalog was read from
 */
public record Catalog(List<Topic> topics, SchemaType.ObjectType envelope, String envelopeSchema,
        SourceLocation source) {
    public Catalog {
        topics = List.copyOf(topics);
        envelopeSchema = envelopeSchema == null ? "" : envelopeSchema;
    }

    /** A catalog model built without schema files (tests, tools): no envelope schema path. */
    public Catalog(List<Topic> topics, SchemaType.ObjectType envelope, SourceLocation source) {
        this(topics, envelope, "", source);
    }

    /** Finds a topic by canonical or legacy name. */
    public Optional<Topic> find(String name) {
        return topics.stream()
                .filter(t -> t.fullName().equals(name) || t.legacyName().filter(name::equals).isPresent())
                .findFirst();
    }
}
