package io.onex.sdk;

import io.onex.sdk.codec.EnvelopeCodec;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalog topic with its payload type: everything needed to publish and consume it without
 * choosing a name or a key by hand. Generated code provides one constant per catalog topic.
 *
 * <p>The SDK's buses, consumer runner and serializers accept only those constants, the fields of
 * {@code io.onex.events.OnexTopics} (see {@link #requireCatalogTopic}); any other implementation, or a
 * {@link TopicDescriptor} built by hand, is refused with a {@link NonCatalogTopicException}.
 *
 * @param <P> the payload record type
 */
public interface OnexTopic<P> {

    /** Canonical topic name, e.g. {@code onex.node.heartbeat.published.v1}. */
    String topicName();

    /** Legacy topic name of spec section 9, if any. */
    Optional<String> legacyTopicName();

    /** Envelope {@code event_type}: the name without its version suffix. */
    String eventType();

    /** The schema version (the {@code v<version>} suffix). */
    int schemaVersion();

    /** The key field fixed by the keying rule of the topic's event class. */
    String keyField();

    int partitions();

    Duration retention();

    CleanupPolicy cleanupPolicy();

    TopicDirection direction();

    Class<P> payloadType();

    /** The Kafka key the keying rule derives for this event. */
    String keyOf(EventEnvelope<P> event);

    /**
     * The key of an event about to be published: {@link #keyOf}, refused when it is null or blank, since spec
     * section 5 keys every ONEX topic and a record without its key loses per-key ordering.
     *
     * @throws OnexValidationException (rule {@code required}) naming the key field and the topic
     */
    default String requireKey(EventEnvelope<P> event) {
        String key = keyOf(event);
        if (key == null || key.isBlank()) {
            throw new OnexValidationException(keyField(), "required", "the Kafka key of " + topicName() + " is "
                    + (key == null ? "missing" : "blank") + "; every ONEX topic is keyed by its keying rule (spec"
                    + " section 5), so the event is not sent");
        }
        return key;
    }

    /** JSON codec of this topic's envelope. */
    EnvelopeCodec<P> codec();

    /** True when the topic is one of the catalog's constants, the fields of {@code io.onex.events.OnexTopics} (by identity). */
    static boolean isCatalogTopic(OnexTopic<?> topic) {
        return CatalogTopics.contains(Objects.requireNonNull(topic, "topic"));
    }

    /**
     * The topic, when it is one of the catalog's constants; what the SDK's buses, consumer runner and serializers call
     * before they send, subscribe or serialize anything.
     *
     * @throws NonCatalogTopicException (rule {@code catalog}) naming the topic, for a {@link TopicDescriptor} built by
     *     hand or any other {@code OnexTopic} implementation: its name, key or partitions are not the catalog's
     */
    static <T extends OnexTopic<?>> T requireCatalogTopic(T topic) {
        if (!isCatalogTopic(topic)) {
            throw CatalogTopics.refusal(topic);
        }
        return topic;
    }
}
