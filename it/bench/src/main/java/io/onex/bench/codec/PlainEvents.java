package io.onex.bench.codec;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What a user writes by hand for Jackson databind: plain records of the same events, with no
 * checks at all. They are the baseline "plain Jackson" and, with networknt on top, the
 * hand-written validated alternative.
 */
public final class PlainEvents {

    private PlainEvents() {
    }

    /** The envelope of spec section 4. */
    public record Envelope<P>(UUID eventId, String eventType, String source, UUID correlationId, Instant timestamp,
            P payload) {
    }

    /** The heartbeat envelope as one concrete class, for serdes that bind to a class, not a type. */
    public record HeartbeatEnvelope(UUID eventId, String eventType, String source, UUID correlationId, Instant timestamp,
            Heartbeat payload) {
    }

    /** The introspection envelope as one concrete class. */
    public record IntrospectionEnvelope(UUID eventId, String eventType, String source, UUID correlationId,
            Instant timestamp, Introspection payload) {
    }

    /** Node kinds. */
    public enum NodeType {
        EFFECT, COMPUTE, REDUCER, ORCHESTRATOR
    }

    /** Payload of onex.node.heartbeat.published.v1. */
    public record Heartbeat(String nodeId, NodeType nodeType, String nodeVersion, long uptimeSeconds,
            Long activeOperationsCount, Double memoryUsageMb, Double cpuUsagePercent) {
    }

    /** Payload of onex.node.introspection.published.v1. */
    public record Introspection(String nodeId, NodeType nodeType, String nodeVersion, Map<String, Boolean> capabilities,
            Map<String, String> endpoints, Map<String, String> metadata, String networkId, String deploymentId,
            Long epoch, PerformanceMetrics performanceMetrics) {
    }

    /** Optional metrics of an introspection payload (spec section 14). */
    public record PerformanceMetrics(Double cpuUsagePercent, Double memoryUsageMb, Long uptimeSeconds,
            Long activeOperationsCount) {
    }
}
