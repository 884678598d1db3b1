package io.onex.plugin.model;

import java.util.List;
import java.util.Optional;

/**
 * The validated topic catalog with its schemas.
 *
 * @param topics topics in catalog order
 * @param envelope the envelope type of spec section 4 (its payload property is typed per topic)
 * @param source where the catalog was read from
 */
public record Catalog(List<Topic> topics, SchemaType.ObjectType envelope, SourceLocation source) {
    public Catalog {
        topics = List.copyOf(topics);
    }

    /** Finds a topic by canonical or legacy name. */
    public Optional<Topic> find(String name) {
        return topics.stream()
                .filter(t -> t.fullName().equals(name) || t.legacyName().filter(name::equals).isPresent())
                .findFirst();
    }
}
