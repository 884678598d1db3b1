package io.onex.sdk.testing;

import io.onex.sdk.CleanupPolicy;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.TopicDescriptor;
import io.onex.sdk.TopicDirection;
import java.time.Duration;
import java.util.Optional;

/** Test topics built like the generated constants. */
public final class TestTopics {

    /** A topic with a legacy name, keyed by node_id, 3 partitions. */
    public static final OnexTopic<Ping> PING = new TopicDescriptor<>("onex.node.ping.published.v1",
            Optional.of("node.ping"), "onex.node.ping.published", 1, "node_id", 3, Duration.ofHours(1),
            CleanupPolicy.DELETE, TopicDirection.NODE_TO_REGISTRY, Ping.class, e -> e.payload().nodeId(), Ping.CODEC);

    /** A topic without a legacy name. */
    public static final OnexTopic<Ping> PONG = new TopicDescriptor<>("onex.registry.pong.completed.v1",
            Optional.empty(), "onex.registry.pong.completed", 1, "node_id", 3, Duration.ofHours(1),
            CleanupPolicy.DELETE, TopicDirection.INTERNAL, Ping.class, e -> e.payload().nodeId(), Ping.CODEC);

    private TestTopics() {
    }
}
