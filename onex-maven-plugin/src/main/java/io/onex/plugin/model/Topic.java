package io.onex.plugin.model;

import io.onex.rules.PrincipalClass;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One validated catalog topic.
 *
 * @param name canonical name and its parts
 * @param eventClass event class of spec section 5, which fixes the key
 * @param keyField the key field (equals {@code eventClass.keyField()} once validated)
 * @param broadcastKey literal key used when the key field is absent (registry control, section 6.2); empty otherwise
 * @param retention how long records are kept
 * @param cleanupPolicy Kafka cleanup policy
 * @param compactionAllowed whether compaction may be enabled (post-MVP, section 7)
 * @param partitions partition count (3, section 8)
 * @param partitionJustification written justification when partitions differ from 3; empty otherwise
 * @param direction direction of section 10
 * @param meaning one-line meaning from the spec
 * @param semantic semantic from the spec; may be empty
 * @param consumers consumers named by the spec; may be empty
 * @param legacyName legacy topic name of section 9, if any
 * @param producers principal classes allowed to write (section 12)
 * @param readers principal classes allowed to read (section 12)
 * @param payload the payload type
 * @param payloadSchema the payload schema file, relative to the schema root
 * @param location where the topic is declared in the catalog
 * @param frequency how often the topic is expected to carry an event (e.g. heartbeats every 30 s), if stated
 */
public record Topic(
        TopicName name,
        EventClass eventClass,
        String keyField,
        Optional<String> broadcastKey,
        Duration retention,
        CleanupPolicy cleanupPolicy,
        boolean compactionAllowed,
        int partitions,
        Optional<String> partitionJustification,
        Direction direction,
        String meaning,
        String semantic,
        List<String> consumers,
        Optional<String> legacyName,
        List<PrincipalClass> producers,
        List<PrincipalClass> readers,
        SchemaType.ObjectType payload,
        String payloadSchema,
        SourceLocation location,
        Optional<Duration> frequency) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(eventClass, "eventClass");
        consumers = List.copyOf(consumers);
        producers = List.copyOf(producers);
        readers = List.copyOf(readers);
        semantic = semantic == null ? "" : semantic;
        meaning = meaning == null ? "" : meaning;
        frequency = frequency == null ? Optional.empty() : frequency;
    }

    /** A topic without a stated frequency. */
    public Topic(TopicName name, EventClass eventClass, String keyField, Optional<String> broadcastKey,
            Duration retention, CleanupPolicy cleanupPolicy, boolean compactionAllowed, int partitions,
            Optional<String> partitionJustification, Direction direction, String meaning, String semantic,
            List<String> consumers, Optional<String> legacyName, List<PrincipalClass> producers,
            List<PrincipalClass> readers, SchemaType.ObjectType payload, String payloadSchema,
            SourceLocation location) {
        this(name, eventClass, keyField, broadcastKey, retention, cleanupPolicy, compactionAllowed, partitions,
                partitionJustification, direction, meaning, semantic, consumers, legacyName, producers, readers,
                payload, payloadSchema, location, Optional.empty());
    }

    public String fullName() {
        return name.full();
    }
}
