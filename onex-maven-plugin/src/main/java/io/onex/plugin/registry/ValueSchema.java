package io.onex.plugin.registry;

import io.onex.plugin.parse.JsonWriter;
import io.onex.plugin.parse.RawMap;
import java.util.Objects;

/**
 * The schema of one topic's record values: the envelope with that topic's payload schema in place of
 * {@code payload}, every {@code $ref} inlined.
 *
 * @param topic the canonical topic name
 * @param schema the self-contained draft-07 schema
 */
public record ValueSchema(String topic, RawMap schema) {

    public ValueSchema {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(schema, "schema");
    }

    /** The registry artifact id: the topic name with {@code -value}, as Apicurio's TopicIdStrategy names it. */
    public String artifactId() {
        return artifactIdOf(topic);
    }

    public static String artifactIdOf(String topic) {
        return topic + "-value";
    }

    /** Compact JSON in the files' key order: the content sent to the registry, the same bytes every run. */
    public String json() {
        return JsonWriter.compact(schema);
    }
}
