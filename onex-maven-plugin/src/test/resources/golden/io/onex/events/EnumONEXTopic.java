package io.onex.events;

import io.onex.sdk.CleanupPolicy;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.TopicDirection;
import io.onex.sdk.serde.EnvelopeSerde;
import java.time.Duration;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.apache.kafka.common.serialization.Serde;

/**
 * The ONEX topics of the catalog, one constant each (spec section 10). For typed publishing use
 * {@link OnexTopics}, whose constants carry the payload type.
 */
@Generated("io.onex.plugin.generate.TopicGenerator")
public enum EnumONEXTopic {
    /**
     * {@code onex.node.introspection.published.v1}: Node announces current capabilities.
     *
     * <p>Key {@code node_id} (node lifecycle); 3 partitions; retention PT24H; cleanup {@code delete}; node to registry; legacy name {@code node.introspection}.
     */
    NODE_INTROSPECTION_PUBLISHED_V1(OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1),

    /**
     * {@code onex.node.heartbeat.published.v1}: Liveness signal.
     *
     * <p>Key {@code node_id} (node lifecycle); 3 partitions; retention PT1H; cleanup {@code delete}; node to registry; legacy name {@code node.heartbeat}.
     */
    NODE_HEARTBEAT_PUBLISHED_V1(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1),

    /**
     * {@code onex.node.shutdown.announced.v1}: Graceful intent to leave.
     *
     * <p>Key {@code node_id} (node lifecycle); 3 partitions; retention PT24H; cleanup {@code delete}; node to registry.
     */
    NODE_SHUTDOWN_ANNOUNCED_V1(OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1),

    /**
     * {@code onex.registry.introspection.requested.v1}: Registry requests re-broadcast.
     *
     * <p>Key {@code request_id} (registry control); 3 partitions; retention PT1H; cleanup {@code delete}; registry to nodes; legacy name {@code node.request_introspection}.
     */
    REGISTRY_INTROSPECTION_REQUESTED_V1(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1),

    /**
     * {@code onex.registry.node.registered.v1}: Registry state transitioned to REGISTERED.
     *
     * <p>Key {@code node_id} (registry state); 3 partitions; retention PT168H; cleanup {@code delete}; internal.
     */
    REGISTRY_NODE_REGISTERED_V1(OnexTopics.REGISTRY_NODE_REGISTERED_V1),

    /**
     * {@code onex.registry.node.registration_failed.v1}: Registration workflow failed.
     *
     * <p>Key {@code node_id} (registry state); 3 partitions; retention PT168H; cleanup {@code delete}; internal.
     */
    REGISTRY_NODE_REGISTRATION_FAILED_V1(OnexTopics.REGISTRY_NODE_REGISTRATION_FAILED_V1),

    /**
     * {@code onex.registry.node.deregistered.v1}: Node removed from registry.
     *
     * <p>Key {@code node_id} (registry state); 3 partitions; retention PT168H; cleanup {@code delete}; internal.
     */
    REGISTRY_NODE_DEREGISTERED_V1(OnexTopics.REGISTRY_NODE_DEREGISTERED_V1),

    /**
     * {@code onex.registry.workflow.started.v1}: Workflow lifecycle started.
     *
     * <p>Key {@code workflow_id} (workflow); 3 partitions; retention PT168H; cleanup {@code delete}; internal.
     */
    REGISTRY_WORKFLOW_STARTED_V1(OnexTopics.REGISTRY_WORKFLOW_STARTED_V1),

    /**
     * {@code onex.registry.workflow.completed.v1}: Workflow completed successfully.
     *
     * <p>Key {@code workflow_id} (workflow); 3 partitions; retention PT720H; cleanup {@code delete}; internal.
     */
    REGISTRY_WORKFLOW_COMPLETED_V1(OnexTopics.REGISTRY_WORKFLOW_COMPLETED_V1),

    /**
     * {@code onex.registry.workflow.failed.v1}: Workflow failed after retries.
     *
     * <p>Key {@code workflow_id} (workflow); 3 partitions; retention PT720H; cleanup {@code delete}; internal.
     */
    REGISTRY_WORKFLOW_FAILED_V1(OnexTopics.REGISTRY_WORKFLOW_FAILED_V1),

    /**
     * {@code onex.infra.circuit_breaker.state_changed.v1}: Circuit breaker transition.
     *
     * <p>Key {@code service_name} (infrastructure signal); 3 partitions; retention PT168H; cleanup {@code delete}; internal.
     */
    INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1(OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1),

    /**
     * {@code onex.infra.error.detected.v1}: Infrastructure-level error.
     *
     * <p>Key {@code correlation_id} (trace error correlation); 3 partitions; retention PT168H; cleanup {@code delete}; internal.
     */
    INFRA_ERROR_DETECTED_V1(OnexTopics.INFRA_ERROR_DETECTED_V1);

    private final OnexTopic<?> topic;

    EnumONEXTopic(OnexTopic<?> topic) {
        this.topic = topic;
    }

    /**
     * The typed topic behind this constant.
     */
    public OnexTopic<?> topic() {
        return topic;
    }

    /**
     * Canonical topic name.
     */
    public String topicName() {
        return topic.topicName();
    }

    /**
     * Envelope {@code event_type}.
     */
    public String eventType() {
        return topic.eventType();
    }

    /**
     * Schema version.
     */
    public int schemaVersion() {
        return topic.schemaVersion();
    }

    /**
     * Key field of the keying rule (spec section 5).
     */
    public String keyField() {
        return topic.keyField();
    }

    /**
     * Partition count.
     */
    public int partitions() {
        return topic.partitions();
    }

    /**
     * Retention.
     */
    public Duration retention() {
        return topic.retention();
    }

    /**
     * Kafka cleanup policy.
     */
    public CleanupPolicy cleanupPolicy() {
        return topic.cleanupPolicy();
    }

    /**
     * Direction (spec section 10).
     */
    public TopicDirection direction() {
        return topic.direction();
    }

    /**
     * The payload record class.
     */
    public Class<?> payloadType() {
        return topic.payloadType();
    }

    /**
     * Legacy name of spec section 9, if any.
     */
    public Optional<String> legacyTopicName() {
        return topic.legacyTopicName();
    }

    /**
     * The key the keying rule derives for an event of this topic.
     *
     * @throws IllegalArgumentException when the event's payload is not this topic's payload type
     */
    public String keyOf(EventEnvelope<?> event) {
        return keyOf(topic, event);
    }

    private static <P> String keyOf(OnexTopic<P> topic, EventEnvelope<?> event) {
        if (!topic.payloadType().isInstance(event.payload())) {
            throw new IllegalArgumentException("payload " + event.payload().getClass().getName() + " does not belong to topic " + topic.topicName() + ", which carries " + topic.payloadType().getName());
        }
        @SuppressWarnings("unchecked") EventEnvelope<P> typed = (EventEnvelope<P>) event;
        return topic.keyOf(typed);
    }

    /**
     * A Kafka serde of this topic's envelope.
     */
    public Serde<? extends EventEnvelope<?>> valueSerde() {
        return new EnvelopeSerde<>(topic);
    }

    /**
     * The topic with this canonical or legacy name, if any.
     */
    public static Optional<EnumONEXTopic> find(String name) {
        switch (name) {
            case "onex.node.introspection.published.v1", "node.introspection":
                return Optional.of(NODE_INTROSPECTION_PUBLISHED_V1);
            case "onex.node.heartbeat.published.v1", "node.heartbeat":
                return Optional.of(NODE_HEARTBEAT_PUBLISHED_V1);
            case "onex.node.shutdown.announced.v1":
                return Optional.of(NODE_SHUTDOWN_ANNOUNCED_V1);
            case "onex.registry.introspection.requested.v1", "node.request_introspection":
                return Optional.of(REGISTRY_INTROSPECTION_REQUESTED_V1);
            case "onex.registry.node.registered.v1":
                return Optional.of(REGISTRY_NODE_REGISTERED_V1);
            case "onex.registry.node.registration_failed.v1":
                return Optional.of(REGISTRY_NODE_REGISTRATION_FAILED_V1);
            case "onex.registry.node.deregistered.v1":
                return Optional.of(REGISTRY_NODE_DEREGISTERED_V1);
            case "onex.registry.workflow.started.v1":
                return Optional.of(REGISTRY_WORKFLOW_STARTED_V1);
            case "onex.registry.workflow.completed.v1":
                return Optional.of(REGISTRY_WORKFLOW_COMPLETED_V1);
            case "onex.registry.workflow.failed.v1":
                return Optional.of(REGISTRY_WORKFLOW_FAILED_V1);
            case "onex.infra.circuit_breaker.state_changed.v1":
                return Optional.of(INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1);
            case "onex.infra.error.detected.v1":
                return Optional.of(INFRA_ERROR_DETECTED_V1);
            default:
                return Optional.empty();
        }
    }

    /**
     * The topic with this canonical or legacy name.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static EnumONEXTopic fromTopicName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown ONEX topic '" + name + "': not a canonical or legacy name of the catalog"));
    }
}
