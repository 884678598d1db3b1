package io.onex.events.serde;

import io.onex.events.IntrospectionRequestPayload;
import io.onex.events.OnexTopics;
import io.onex.sdk.serde.EnvelopeDeserializer;
import io.onex.sdk.serde.EnvelopeKeySerializer;
import io.onex.sdk.serde.EnvelopeSerde;
import io.onex.sdk.serde.EnvelopeSerializer;
import javax.annotation.processing.Generated;

/**
 * Kafka serializers of {@code onex.registry.introspection.requested.v1}: the value as compact JSON, the key by the keying rule ({@code request_id}).
 */
@Generated("io.onex.plugin.generate.SerdeGenerator")
public final class RegistryIntrospectionRequestedV1Serdes {
    private RegistryIntrospectionRequestedV1Serdes() {
    }

    /**
     * Value serializer of {@code onex.registry.introspection.requested.v1}.
     */
    public static final class ValueSerializer extends EnvelopeSerializer<IntrospectionRequestPayload> {
        public ValueSerializer() {
            super(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1);
        }
    }

    /**
     * Value deserializer of {@code onex.registry.introspection.requested.v1}; bad records raise OnexDeserializationException.
     */
    public static final class ValueDeserializer extends EnvelopeDeserializer<IntrospectionRequestPayload> {
        public ValueDeserializer() {
            super(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1);
        }
    }

    /**
     * Key serializer of {@code onex.registry.introspection.requested.v1}: takes the event and writes its {@code request_id}.
     */
    public static final class KeySerializer extends EnvelopeKeySerializer<IntrospectionRequestPayload> {
        public KeySerializer() {
            super(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1);
        }
    }

    /**
     * Value serde of {@code onex.registry.introspection.requested.v1}.
     */
    public static final class ValueSerde extends EnvelopeSerde<IntrospectionRequestPayload> {
        public ValueSerde() {
            super(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1);
        }
    }
}
