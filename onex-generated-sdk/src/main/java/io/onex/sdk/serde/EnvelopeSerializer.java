package io.onex.sdk.serde;

import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.redact.Redactor;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka value serializer of one topic's envelope: compact JSON that validates against the
 * topic's schemas, with the payload fields marked {@code x-onex-redact} redacted (spec section 6.6), as the
 * event buses write it. The payload record's constructor enforced the payload's constraints; an envelope
 * that breaks the topic's rules ({@code event_type}, payload class, timestamp: see
 * {@link io.onex.sdk.codec.EnvelopeCodec#requireWritable}) is refused with an
 * {@link io.onex.sdk.OnexValidationException} and nothing is written.
 *
 * <p>Redaction is strict unless the producer's configuration sets
 * {@value #INTERNAL_ENVIRONMENT_CONFIG}{@code =true}, which keeps hostnames and IPs (the spec allows
 * them in internal environments); secrets are redacted either way, and no setting turns that off.
 *
 * @param <P> payload type
 */
public class EnvelopeSerializer<P> implements Serializer<EventEnvelope<P>> {

    /**
     * Kafka client setting read by {@link #configure}: {@code true} marks the environment internal, so the
     * redacted fields keep hostnames and IPs; {@code false} or absent (the default) redacts them too.
     */
    public static final String INTERNAL_ENVIRONMENT_CONFIG = "onex.redaction.internal.environment";

    private final OnexTopic<P> topic;
    private volatile Redactor redactor = Redactor.strict();

    /** @throws io.onex.sdk.NonCatalogTopicException when the topic is not a constant of {@code io.onex.events.OnexTopics} */
    public EnvelopeSerializer(OnexTopic<P> topic) {
        this.topic = OnexTopic.requireCatalogTopic(Objects.requireNonNull(topic, "topic"));
    }

    /**
     * Reads {@value #INTERNAL_ENVIRONMENT_CONFIG} ({@code true} or {@code false}, as a boolean or a string).
     *
     * @throws ConfigException when the setting has any other value
     */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        redactor = Redactor.forEnvironment(internalEnvironment(configs));
    }

    static boolean internalEnvironment(Map<String, ?> configs) {
        Object value = configs.get(INTERNAL_ENVIRONMENT_CONFIG);
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return text.equals("true");
        }
        throw new ConfigException(INTERNAL_ENVIRONMENT_CONFIG, value, "must be true (an internal environment: redacted"
                + " fields keep hostnames and IPs) or false (the default: they are redacted too); secrets are redacted"
                + " either way (spec section 6.6)");
    }

    @Override
    public byte[] serialize(String topicName, EventEnvelope<P> data) {
        return data == null ? null : topic.codec().encode(data, redactor);
    }
}
