package io.onex.sdk.testing;

import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.NodeHeartbeatPayloadCodec;
import io.onex.events.OnexTopics;
import io.onex.sdk.CleanupPolicy;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.TopicDescriptor;
import io.onex.sdk.TopicDirection;
import io.onex.sdk.codec.EnvelopeCodec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Topics that are not the catalog's constants, which the SDK must refuse wherever it takes a topic. */
public final class HandMadeTopics {

    private HandMadeTopics() {
    }

    /** A descriptor built by hand under a name the catalog does not have. */
    public static final OnexTopic<NodeHeartbeatPayload> UNKNOWN_NAME = descriptor("onex.node.ping.published.v1",
            "onex.node.ping.published", e -> e.payload().nodeId());

    /** A descriptor built by hand that copies the heartbeat topic's name but not its keying rule. */
    public static final OnexTopic<NodeHeartbeatPayload> COPIED_NAME = descriptor(
            OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.topicName(), OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.eventType(),
            e -> "fixed-key");

    /** Another implementation of the interface that delegates everything to the catalog's heartbeat constant. */
    public static final OnexTopic<NodeHeartbeatPayload> DELEGATING = new Delegating(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1);

    /** Every kind of topic the SDK must refuse. */
    public static List<OnexTopic<NodeHeartbeatPayload>> all() {
        return List.of(UNKNOWN_NAME, COPIED_NAME, DELEGATING);
    }

    /** A hand-made heartbeat descriptor with its own key function (e.g. one that yields no key). */
    public static OnexTopic<NodeHeartbeatPayload> heartbeatKeyedBy(Function<EventEnvelope<NodeHeartbeatPayload>, String> key) {
        return descriptor(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.topicName(),
                OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.eventType(), key);
    }

    private static OnexTopic<NodeHeartbeatPayload> descriptor(String name, String eventType,
            Function<EventEnvelope<NodeHeartbeatPayload>, String> key) {
        return new TopicDescriptor<>(name, Optional.empty(), eventType, 1, "node_id", 3, Duration.ofHours(1),
                CleanupPolicy.DELETE, TopicDirection.NODE_TO_REGISTRY, NodeHeartbeatPayload.class, key,
                NodeHeartbeatPayloadCodec.INSTANCE);
    }

    private record Delegating(OnexTopic<NodeHeartbeatPayload> target) implements OnexTopic<NodeHeartbeatPayload> {
        @Override
        public String topicName() {
            return target.topicName();
        }

        @Override
        public Optional<String> legacyTopicName() {
            return target.legacyTopicName();
        }

        @Override
        public String eventType() {
            return target.eventType();
        }

        @Override
        public int schemaVersion() {
            return target.schemaVersion();
        }

        @Override
        public String keyField() {
            return target.keyField();
        }

        @Override
        public int partitions() {
            return target.partitions();
        }

        @Override
        public Duration retention() {
            return target.retention();
        }

        @Override
        public CleanupPolicy cleanupPolicy() {
            return target.cleanupPolicy();
        }

        @Override
        public TopicDirection direction() {
            return target.direction();
        }

        @Override
        public Class<NodeHeartbeatPayload> payloadType() {
            return target.payloadType();
        }

        @Override
        public String keyOf(EventEnvelope<NodeHeartbeatPayload> event) {
            return target.keyOf(event);
        }

        @Override
        public EnvelopeCodec<NodeHeartbeatPayload> codec() {
            return target.codec();
        }

        @Override
        public String toString() {
            return "delegating " + target;
        }
    }
}
