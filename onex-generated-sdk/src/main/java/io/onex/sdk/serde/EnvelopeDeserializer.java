package io.onex.sdk.serde;

import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexDeserializationException;
import io.onex.sdk.OnexTopic;
import java.util.Objects;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka value deserializer of one topic's envelope. A malformed or schema-violating record
 * raises one {@link OnexDeserializationException} with topic, JSON pointer and reason.
 *
 * @param <P> payload type
 */
public class EnvelopeDeserializer<P> implements Deserializer<EventEnvelope<P>> {
    private final OnexTopic<P> topic;

    /** @throws io.onex.sdk.NonCatalogTopicException when the topic is not a constant of {@code io.onex.events.OnexTopics} */
    public EnvelopeDeserializer(OnexTopic<P> topic) {
        this.topic = OnexTopic.requireCatalogTopic(Objects.requireNonNull(topic, "topic"));
    }

    @Override
    public EventEnvelope<P> deserialize(String topicName, byte[] data) {
        return topic.codec().decode(data);
    }
}
