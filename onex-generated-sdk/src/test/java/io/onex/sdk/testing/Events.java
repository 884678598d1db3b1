package io.onex.sdk.testing;

import io.onex.events.ErrorDetectedPayload;
import io.onex.events.ErrorSeverity;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.NodeShutdownPayload;
import io.onex.events.NodeType;
import io.onex.events.OnexTopics;
import io.onex.sdk.EventEnvelope;
import java.util.Map;

/** Envelopes of catalog topics for runtime tests. */
public final class Events {

    private Events() {
    }

    /**
     * A heartbeat of {@code onex.node.heartbeat.published.v1} (legacy name {@code node.heartbeat}, keyed by
     * {@code node_id}) whose {@code uptime_seconds} carries a sequence number.
     */
    public static EventEnvelope<NodeHeartbeatPayload> heartbeat(String nodeId, long sequence) {
        return EventEnvelope.create(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.eventType(), "node/" + nodeId,
                new NodeHeartbeatPayload(nodeId, NodeType.EFFECT, null, sequence, null, null, null));
    }

    /** The sequence number {@link #heartbeat} put in the payload. */
    public static long sequence(EventEnvelope<?> heartbeat) {
        return ((NodeHeartbeatPayload) heartbeat.payload()).uptimeSeconds();
    }

    /** A shutdown announcement of {@code onex.node.shutdown.announced.v1}, a topic without a legacy name. */
    public static EventEnvelope<NodeShutdownPayload> shutdown(String nodeId) {
        return EventEnvelope.create(OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1.eventType(), "node/" + nodeId,
                new NodeShutdownPayload(nodeId, NodeType.EFFECT, "graceful_shutdown"));
    }

    /** An error of {@code onex.infra.error.detected.v1}, the topic the bus redacts. */
    public static EventEnvelope<ErrorDetectedPayload> error(String message, Map<String, Object> context) {
        ErrorDetectedPayload payload = ErrorDetectedPayload.builder().errorCode("DATABASE_CONNECTION_ERROR")
                .severity(ErrorSeverity.ERROR).message(message).context(context).build();
        return EventEnvelope.create(OnexTopics.INFRA_ERROR_DETECTED_V1.eventType(), "node/test", payload);
    }
}
