package io.onex.nodes;

import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.NodeIntrospectionPayload;
import io.onex.events.NodeShutdownPayload;
import io.onex.events.OnexTopics;
import io.onex.sdk.EventBus;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.PublishResult;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Publishes the events that node {@code registry-effect} (EFFECT, version 1.0.0) declares in {@code src/test/resources/golden-input/registry-effect.contract.yaml}.
 *
 * <p>Topics, keys and envelopes come from the catalog; each method takes only the payload.
 */
@Generated("io.onex.plugin.generate.PublisherGenerator")
public final class RegistryEffectPublisher {
    /**
     * The envelope {@code source} used when none is given.
     */
    public static final String DEFAULT_SOURCE = "node/registry-effect";

    private final EventBus bus;

    private final String source;

    /**
     * @param bus where events go
     * @param source the envelope {@code source}, e.g. {@code node/registry-effect}
     */
    public RegistryEffectPublisher(EventBus bus, String source) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * A publisher whose envelope {@code source} is {@value #DEFAULT_SOURCE}.
     *
     * @param bus where events go
     */
    public RegistryEffectPublisher(EventBus bus) {
        this(bus, DEFAULT_SOURCE);
    }

    /**
     * Announces node capabilities on startup and refresh.
     *
     * <p>Topic {@code onex.node.introspection.published.v1}, keyed by {@code node_id}.
     *
     * @param payload the event payload
     * @return completes when the event is acknowledged
     */
    public CompletableFuture<PublishResult> publishIntrospection(NodeIntrospectionPayload payload) {
        return publishIntrospection(payload, UUID.randomUUID());
    }

    /**
     * Announces node capabilities on startup and refresh.
     *
     * <p>Topic {@code onex.node.introspection.published.v1}, keyed by {@code node_id}.
     *
     * @param payload the event payload
     * @param correlationId ties this event to related ones
     * @return completes when the event is acknowledged
     */
    public CompletableFuture<PublishResult> publishIntrospection(NodeIntrospectionPayload payload,
            UUID correlationId) {
        return bus.publish(OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1, EventEnvelope.create(OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1.eventType(), source, correlationId, payload));
    }

    /**
     * Periodic liveness signal.
     *
     * <p>Topic {@code onex.node.heartbeat.published.v1}, keyed by {@code node_id}.
     *
     * @param payload the event payload
     * @return completes when the event is acknowledged
     */
    public CompletableFuture<PublishResult> publishHeartbeat(NodeHeartbeatPayload payload) {
        return publishHeartbeat(payload, UUID.randomUUID());
    }

    /**
     * Periodic liveness signal.
     *
     * <p>Topic {@code onex.node.heartbeat.published.v1}, keyed by {@code node_id}.
     *
     * @param payload the event payload
     * @param correlationId ties this event to related ones
     * @return completes when the event is acknowledged
     */
    public CompletableFuture<PublishResult> publishHeartbeat(NodeHeartbeatPayload payload,
            UUID correlationId) {
        return bus.publish(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, EventEnvelope.create(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.eventType(), source, correlationId, payload));
    }

    /**
     * Graceful shutdown notification.
     *
     * <p>Topic {@code onex.node.shutdown.announced.v1}, keyed by {@code node_id}.
     *
     * @param payload the event payload
     * @return completes when the event is acknowledged
     */
    public CompletableFuture<PublishResult> publishShutdown(NodeShutdownPayload payload) {
        return publishShutdown(payload, UUID.randomUUID());
    }

    /**
     * Graceful shutdown notification.
     *
     * <p>Topic {@code onex.node.shutdown.announced.v1}, keyed by {@code node_id}.
     *
     * @param payload the event payload
     * @param correlationId ties this event to related ones
     * @return completes when the event is acknowledged
     */
    public CompletableFuture<PublishResult> publishShutdown(NodeShutdownPayload payload,
            UUID correlationId) {
        return bus.publish(OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1, EventEnvelope.create(OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1.eventType(), source, correlationId, payload));
    }
}
