package io.onex.events.serde;

import io.onex.events.NodeRegisteredPayload;
import io.onex.events.OnexTopics;
import io.onex.sdk.serde.EnvelopeDeserializer;
import io.onex.sdk.serde.EnvelopeKeySerializer;
import io.onex.sdk.serde.EnvelopeSerde;
import io.onex.sdk.serde.EnvelopeSerializer;
import javax.annotation.processing.Generated;

/**
 * Kafka serializers of {@code onex.registry.node.registered.v1}: the value as compact JSON, the key by the keying rule ({@code node_id}).
 */
@Generated("io.onex.plugin.generate.SerdeGenerator")
public final class RegistryNodeRegisteredV1Serdes {
    private RegistryNodeRegisteredV1Serdes() {
    }

    /**
     * Value serializer of {@code onex.registry.node.registered.v1}.
     */
    public static final class ValueSerializer extends EnvelopeSerializer<NodeRegisteredPayload> {
        public ValueSerializer() {
            super(OnexTopics.REGISTRY_NODE_REGISTERED_V1);
        }
    }

    /**
     * Value deserializer of {@code onex.registry.node.registered.v1}; bad records raise OnexDeserializationException.
     */
    public static final class ValueDeserializer extends EnvelopeDeserializer<NodeRegisteredPayload> {
        public ValueDeserializer() {
            super(OnexTopics.REGISTRY_NODE_REGISTERED_V1);
        }
    }

    /**
     * Key serializer of {@code onex.registry.node.registered.v1}: takes the event and writes its {@code node_id}.
     */
    public static final class KeySerializer extends EnvelopeKeySerializer<NodeRegisteredPayload> {
        public KeySerializer() {
            super(OnexTopics.REGISTRY_NODE_REGISTERED_V1);
        }
    }

    /**
     * Value serde of {@code onex.registry.node.registered.v1}.
     */
    public static final class ValueSerde extends EnvelopeSerde<NodeRegisteredPayload> {
        public ValueSerde() {
            super(OnexTopics.REGISTRY_NODE_REGISTERED_V1);
        }
    }
}
