package io.onex.sdk;

import io.onex.sdk.codec.EnvelopeCodec;
import io.onex.sdk.codec.PayloadCodec;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@link OnexTopic} implementation behind the generated topic constants.
 *
 * <p>The constructor is public because generated code calls it from the catalog's package
 * ({@code io.onex.events.OnexTopics}, or the package of a catalog a project generates for itself). A descriptor
 * built anywhere else is no escape from the catalog: the SDK's buses, consumer runner and serializers accept only
 * the constants of {@code io.onex.events.OnexTopics} and refuse it ({@link OnexTopic#requireCatalogTopic}).
 *
 * @param <P> payload type
 */
public final class TopicDescriptor<P> implements OnexTopic<P> {

    private final String topicName;
    private final Optional<String> legacyTopicName;
    private final String eventType;
    private final int schemaVersion;
    private final String keyField;
    private final int partitions;
    private final Duration retention;
    private final CleanupPolicy cleanupPolicy;
    private final TopicDirection direction;
    private final Class<P> payloadType;
    private final Function<EventEnvelope<P>, String> keyFunction;
    private final EnvelopeCodec<P> codec;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public TopicDescriptor(String topicName, Optional<String> legacyTopicName, String eventType, int schemaVersion,
            String keyField, int partitions, Duration retention, CleanupPolicy cleanupPolicy, TopicDirection direction,
            Class<P> payloadType, Function<EventEnvelope<P>, String> keyFunction, PayloadCodec<P> payloadCodec) {
        this.topicName = Objects.requireNonNull(topicName);
        this.legacyTopicName = Objects.requireNonNull(legacyTopicName);
        this.eventType = Objects.requireNonNull(eventType);
        this.schemaVersion = schemaVersion;
        this.keyField = Objects.requireNonNull(keyField);
        this.partitions = partitions;
        this.retention = Objects.requireNonNull(retention);
        this.cleanupPolicy = Objects.requireNonNull(cleanupPolicy);
        this.direction = Objects.requireNonNull(direction);
        this.payloadType = Objects.requireNonNull(payloadType);
        this.keyFunction = Objects.requireNonNull(keyFunction);
        this.codec = new EnvelopeCodec<>(topicName, eventType, payloadType, payloadCodec);
    }

    @Override
    public String topicName() {
        return topicName;
    }

    @Override
    public Optional<String> legacyTopicName() {
        return legacyTopicName;
    }

    @Override
    public String eventType() {
        return eventType;
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public String keyField() {
        return keyField;
    }

    @Override
    public int partitions() {
        return partitions;
    }

    @Override
    public Duration retention() {
        return retention;
    }

    @Override
    public CleanupPolicy cleanupPolicy() {
        return cleanupPolicy;
    }

    @Override
    public TopicDirection direction() {
        return direction;
    }

    @Override
    public Class<P> payloadType() {
        return payloadType;
    }

    @Override
    public String keyOf(EventEnvelope<P> event) {
        return keyFunction.apply(event);
    }

    @Override
    public EnvelopeCodec<P> codec() {
        return codec;
    }

    @Override
    public String toString() {
        return topicName;
    }
}
