package io.onex.events.serde;

import io.onex.events.ErrorDetectedPayload;
import io.onex.events.OnexTopics;
import io.onex.sdk.serde.EnvelopeDeserializer;
import io.onex.sdk.serde.EnvelopeKeySerializer;
import io.onex.sdk.serde.EnvelopeSerde;
import io.onex.sdk.serde.EnvelopeSerializer;
import javax.annotation.processing.Generated;

/**
 * Kafka serializers of {@code onex.infra.error.detected.v1}: the value as compact JSON, the key by the keying rule ({@code correlation_id}).
 */
@Generated("io.onex.plugin.generate.SerdeGenerator")
public final class InfraErrorDetectedV1Serdes {
    private InfraErrorDetectedV1Serdes() {
    }

    /**
     * Value serializer of {@code onex.infra.error.detected.v1}; it redacts {@code message}, {@code context} (spec section 6.6), keeping host names and IPs only when the client configuration sets {@code onex.redaction.internal.environment=true}.
     */
    public static final class ValueSerializer extends EnvelopeSerializer<ErrorDetectedPayload> {
        public ValueSerializer() {
            super(OnexTopics.INFRA_ERROR_DETECTED_V1);
        }
    }

    /**
     * Value deserializer of {@code onex.infra.error.detected.v1}; bad records raise OnexDeserializationException.
     */
    public static final class ValueDeserializer extends EnvelopeDeserializer<ErrorDetectedPayload> {
        public ValueDeserializer() {
            super(OnexTopics.INFRA_ERROR_DETECTED_V1);
        }
    }

    /**
     * Key serializer of {@code onex.infra.error.detected.v1}: takes the event and writes its {@code correlation_id}.
     */
    public static final class KeySerializer extends EnvelopeKeySerializer<ErrorDetectedPayload> {
        public KeySerializer() {
            super(OnexTopics.INFRA_ERROR_DETECTED_V1);
        }
    }

    /**
     * Value serde of {@code onex.infra.error.detected.v1}; it redacts {@code message}, {@code context} (spec section 6.6), keeping host names and IPs only when the client configuration sets {@code onex.redaction.internal.environment=true}.
     */
    public static final class ValueSerde extends EnvelopeSerde<ErrorDetectedPayload> {
        public ValueSerde() {
            super(OnexTopics.INFRA_ERROR_DETECTED_V1);
        }
    }
}
