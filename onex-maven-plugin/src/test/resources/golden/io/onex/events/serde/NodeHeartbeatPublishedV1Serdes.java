package io.onex.events.serde;

import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.OnexTopics;
import io.onex.sdk.serde.EnvelopeDeserializer;
import io.onex.sdk.serde.EnvelopeKeySerializer;
import io.onex.sdk.serde.EnvelopeSerde;
import io.onex.sdk.serde.EnvelopeSerializer;
import javax.annotation.processing.Generated;

/**
 * Kafka serializers of {@code onex.node.heartbeat.published.v1}: the value as compact JSON, the key by the keying rule ({@code node_id}).
 */
@Generated("io.onex.plugin.generate.SerdeGenerator")
public final class NodeHeartbeatPublishedV1Serdes {
    private NodeHeartbeatPublishedV1Serdes() {
    }

    /**
     * Value serializer of {@code onex.node.heartbeat.published.v1}.
     */
    public static final class ValueSerializer extends EnvelopeSerializer<NodeHeartbeatPayload> {
        public ValueSerializer() {
            super(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1);
        }
    }

    /**
     * Value deserializer of {@code onex.node.heartbeat.published.v1}; bad records raise OnexDeserializationException.
     */
    public static final class ValueDeserializer extends EnvelopeDeserializer<NodeHeartbeatPayload> {
        public ValueDeserializer() {
            super(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1);
        }
    }

    /**
     * Key serializer of {@code onex.node.heartbeat.published.v1}: takes the event and writes its {@code node_id}.
     */
    public static final class KeySerializer extends EnvelopeKeySerializer<NodeHeartbeatPayload> {
        public KeySerializer() {
            super(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1);
        }
    }

    /**
     * Value serde of {@code onex.node.heartbeat.published.v1}.
     */
    public static final class ValueSerde extends EnvelopeSerde<NodeHeartbeatPayload> {
        public ValueSerde() {
            super(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1);
        }
    }
}
