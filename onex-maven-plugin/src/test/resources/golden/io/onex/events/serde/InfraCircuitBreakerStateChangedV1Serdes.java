package io.onex.events.serde;

import io.onex.events.CircuitBreakerStateChangedPayload;
import io.onex.events.OnexTopics;
import io.onex.sdk.serde.EnvelopeDeserializer;
import io.onex.sdk.serde.EnvelopeKeySerializer;
import io.onex.sdk.serde.EnvelopeSerde;
import io.onex.sdk.serde.EnvelopeSerializer;
import javax.annotation.processing.Generated;

/**
 * Kafka serializers of {@code onex.infra.circuit_breaker.state_changed.v1}: the value as compact JSON, the key by the keying rule ({@code service_name}).
 */
@Generated("io.onex.plugin.generate.SerdeGenerator")
public final class InfraCircuitBreakerStateChangedV1Serdes {
    private InfraCircuitBreakerStateChangedV1Serdes() {
    }

    /**
     * Value serializer of {@code onex.infra.circuit_breaker.state_changed.v1}.
     */
    public static final class ValueSerializer extends EnvelopeSerializer<CircuitBreakerStateChangedPayload> {
        public ValueSerializer() {
            super(OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1);
        }
    }

    /**
     * Value deserializer of {@code onex.infra.circuit_breaker.state_changed.v1}; bad records raise OnexDeserializationException.
     */
    public static final class ValueDeserializer extends EnvelopeDeserializer<CircuitBreakerStateChangedPayload> {
        public ValueDeserializer() {
            super(OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1);
        }
    }

    /**
     * Key serializer of {@code onex.infra.circuit_breaker.state_changed.v1}: takes the event and writes its {@code service_name}.
     */
    public static final class KeySerializer extends EnvelopeKeySerializer<CircuitBreakerStateChangedPayload> {
        public KeySerializer() {
            super(OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1);
        }
    }

    /**
     * Value serde of {@code onex.infra.circuit_breaker.state_changed.v1}.
     */
    public static final class ValueSerde extends EnvelopeSerde<CircuitBreakerStateChangedPayload> {
        public ValueSerde() {
            super(OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1);
        }
    }
}
