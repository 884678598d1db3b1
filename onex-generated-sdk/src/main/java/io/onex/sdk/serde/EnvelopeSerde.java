package io.onex.sdk.serde;

import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Value serde of one topic's envelope; {@link #configure} passes the client settings to both sides
 * (see {@link EnvelopeSerializer#INTERNAL_ENVIRONMENT_CONFIG}).
 *
 * @param <P> payload type
 */
public class EnvelopeSerde<P> implements Serde<EventEnvelope<P>> {
    private final EnvelopeSerializer<P> serializer;
    private final EnvelopeDeserializer<P> deserializer;

    /** @throws io.onex.sdk.NonCatalogTopicException when the topic is not a constant of {@code io.onex.events.OnexTopics} */
    public EnvelopeSerde(OnexTopic<P> topic) {
        this.serializer = new EnvelopeSerializer<>(topic);
        this.deserializer = new EnvelopeDeserializer<>(topic);
    }

    /** Configures both sides; the serializer reads {@value EnvelopeSerializer#INTERNAL_ENVIRONMENT_CONFIG}. */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<EventEnvelope<P>> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<EventEnvelope<P>> deserializer() {
        return deserializer;
    }
}
