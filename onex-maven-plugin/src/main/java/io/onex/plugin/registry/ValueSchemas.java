package io.onex.plugin.registry;

import io.onex.plugin.core.Project;
import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Topic;
import io.onex.plugin.parse.RawMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds each topic's {@link ValueSchema} from a validated project: the envelope's self-contained document with the
 * topic's payload document in place of {@code properties/payload}, the payload's {@code $schema} and {@code $id}
 * removed (a nested {@code $id} would change the base URI).
 */
public final class ValueSchemas {

    private static final Set<String> BASE = Set.of("$schema", "$id");

    private ValueSchemas() {
    }

    /** One value schema per topic, in catalog order. */
    public static List<ValueSchema> of(Project project) {
        Catalog catalog = project.catalog();
        RawMap envelope = project.schemas().get(catalog.envelopeSchema());
        if (!(envelope.get("properties").orElse(null) instanceof RawMap properties)
                || properties.get("payload").isEmpty()) {
            // the envelope rule has checked this; reaching here is a bug
            throw new IllegalStateException(catalog.envelopeSchema() + " has no properties/payload");
        }
        List<ValueSchema> schemas = new ArrayList<>();
        for (Topic topic : catalog.topics()) {
            RawMap payload = project.schemas().get(topic.payloadSchema()).without(BASE);
            schemas.add(new ValueSchema(topic.fullName(), envelope.with("properties",
                    properties.with("payload", payload))));
        }
        return List.copyOf(schemas);
    }
}
