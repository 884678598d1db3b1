package io.onex.sdk.serde;

import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka key serializer that derives the key from the event by the topic's keying rule (spec
 * section 5), so a caller never passes a key by hand: use the same envelope as key and value. An
 * envelope the value serializer would refuse, or whose key is missing or blank, is refused with an
 * {@link io.onex.sdk.OnexValidationException}.
 *
 * @param <P> payload type
 */
public class EnvelopeKeySerializer<P> implements Serializer<EventEnvelope<P>> {
    private final OnexTopic<P> topic;

    /** @throws io.onex.sdk.NonCatalogTopicException when the topic is not a constant of {@code io.onex.events.OnexTopics} */
    public EnvelopeKeySerializer(OnexTopic<P> topic) {
        this.topic = OnexTopic.requireCatalogTopic(Objects.requireNonNull(topic, "topic"));
    }

    @Override
    public byte[] serialize(String topicName, EventEnvelope<P> data) {
        if (data == null) {
            return null;
        }
        topic.codec().requireWritable(data);
        return topic.requireKey(data).getBytes(StandardCharsets.UTF_8);
    }
}
