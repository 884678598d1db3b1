package io.onex.sdk.serde;

import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka value serializer of one topic's envelope: compact JSON that validates against the
 * topic's schemas. The payload record's constructor enforced the payload's constraints; an envelope
 * that breaks the topic's rules ({@code event_type}, payload class, timestamp: see
 * {@link io.onex.sdk.codec.EnvelopeCodec#requireWritable}) is refused with an
 * {@link io.onex.sdk.OnexValidationException} and nothing is written.
 *
 * @param <P> payload type
 */
public class EnvelopeSerializer<P> implements Serializer<EventEnvelope<P>> {
    private final OnexTopic<P> topic;

    /** @throws io.onex.sdk.NonCatalogTopicException when the topic is not a constant of {@code io.onex.events.OnexTopics} */
    public EnvelopeSerializer(OnexTopic<P> topic) {
        this.topic = OnexTopic.requireCatalogTopic(Objects.requireNonNull(topic, "topic"));
    }

    @Override
    public byte[] serialize(String topicName, EventEnvelope<P> data) {
        return data == null ? null : topic.codec().encode(data);
    }
}
