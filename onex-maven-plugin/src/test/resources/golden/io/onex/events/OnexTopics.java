package io.onex.events;

import io.onex.sdk.CleanupPolicy;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.TopicDescriptor;
import io.onex.sdk.TopicDirection;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The catalog topics, typed by payload: pass them to an event bus; never a topic name or key by hand.
 */
@Generated("io.onex.plugin.generate.TopicGenerator")
public final class OnexTopics {
    /**
     * {@code onex.node.introspection.published.v1}: Node announces current capabilities.
     *
     * <p>Key {@code node_id} (node lifecycle); 3 partitions; retention PT24H; cleanup {@code delete}; node to registry; legacy name {@code node.introspection}.
     */
    public static final OnexTopic<NodeIntrospectionPayload> NODE_INTROSPECTION_PUBLISHED_V1 = new TopicDescriptor<>(
            "onex.node.introspection.published.v1",
            Optional.of("node.introspection"),
            "onex.node.introspection.published",
            1,
            "node_id",
            3,
            Duration.ofDays(1),
            CleanupPolicy.DELETE,
            TopicDirection.NODE_TO_REGISTRY,
            NodeIntrospectionPayload.class,
            event -> event.payload().nodeId(),
            NodeIntrospectionPayloadCodec.INSTANCE);

    /**
     * {@code onex.node.heartbeat.published.v1}: Liveness signal.
     *
     * <p>Key {@code node_id} (node lifecycle); 3 partitions; retention PT1H; cleanup {@code delete}; node to registry; legacy name {@code node.heartbeat}.
     */
    public static final OnexTopic<NodeHeartbeatPayload> NODE_HEARTBEAT_PUBLISHED_V1 = new TopicDescriptor<>(
            "onex.node.heartbeat.published.v1",
            Optional.of("node.heartbeat"),
            "onex.node.heartbeat.published",
            1,
            "node_id",
            3,
            Duration.ofHours(1),
            CleanupPolicy.DELETE,
            TopicDirection.NODE_TO_REGISTRY,
            NodeHeartbeatPayload.class,
            event -> event.payload().nodeId(),
            NodeHeartbeatPayloadCodec.INSTANCE);

    /**
     * {@code onex.node.shutdown.announced.v1}: Graceful intent to leave.
     *
     * <p>Key {@code node_id} (node lifecycle); 3 partitions; retention PT24H; cleanup {@code delete}; node to registry.
     */
    public static final OnexTopic<NodeShutdownPayload> NODE_SHUTDOWN_ANNOUNCED_V1 = new TopicDescriptor<>(
            "onex.node.shutdown.announced.v1",
            Optional.empty(),
            "onex.node.shutdown.announced",
            1,
            "node_id",
            3,
            Duration.ofDays(1),
            CleanupPolicy.DELETE,
            TopicDirection.NODE_TO_REGISTRY,
            NodeShutdownPayload.class,
            event -> event.payload().nodeId(),
            NodeShutdownPayloadCodec.INSTANCE);

    /**
     * {@code onex.registry.introspection.requested.v1}: Registry requests re-broadcast.
     *
     * <p>Key {@code request_id} (registry control); 3 partitions; retention PT1H; cleanup {@code delete}; registry to nodes; legacy name {@code node.request_introspection}.
     */
    public static final OnexTopic<IntrospectionRequestPayload> REGISTRY_INTROSPECTION_REQUESTED_V1 = new TopicDescriptor<>(
            "onex.registry.introspection.requested.v1",
            Optional.of("node.request_introspection"),
            "onex.registry.introspection.requested",
            1,
            "request_id",
            3,
            Duration.ofHours(1),
            CleanupPolicy.DELETE,
            TopicDirection.REGISTRY_TO_NODES,
            IntrospectionRequestPayload.class,
            event -> Objects.requireNonNullElse(event.payload().requestId(), "broadcast"),
            IntrospectionRequestPayloadCodec.INSTANCE);

    /**
     * {@code onex.registry.node.registered.v1}: Registry state transitioned to REGISTERED.
     *
     * <p>Key {@code node_id} (registry state); 3 partitions; retention PT168H; cleanup {@code delete}; internal.
     */
    public static final OnexTopic<NodeRegisteredPayload> REGISTRY_NODE_REGISTERED_V1 = new TopicDescriptor<>(
            "onex.registry.node.registered.v1",
            Optional.empty(),
            "onex.registry.node.registered",
            1,
            "node_id",
            3,
            Duration.ofDays(7),
            CleanupPolicy.DELETE,
            TopicDirection.INTERNAL,
            NodeRegisteredPayload.class,
            event -> event.payload().nodeId(),
            NodeRegisteredPayloadCodec.INSTANCE);

    /**
     * {@code onex.registry.node.registration_failed.v1}: Registration workflow failed.
     *
     * <p>Key {@code node_id} (registry state); 3 partitions; retention PT168H; cleanup {@code delete}; internal.
     */
    public static final OnexTopic<NodeRegistrationFailedPayload> REGISTRY_NODE_REGISTRATION_FAILED_V1 = new TopicDescriptor<>(
            "onex.registry.node.registration_failed.v1",
            Optional.empty(),
            "onex.registry.node.registration_failed",
            1,
            "node_id",
            3,
            Duration.ofDays(7),
            CleanupPolicy.DELETE,
            TopicDirection.INTERNAL,
            NodeRegistrationFailedPayload.class,
            event -> event.payload().nodeId(),
            NodeRegistrationFailedPayloadCodec.INSTANCE);

    /**
     * {@code onex.registry.node.deregistered.v1}: Node removed from registry.
     *
     * <p>Key {@code node_id} (registry state); 3 partitions; retention PT168H; cleanup {@code delete}; internal.
     */
    public static final OnexTopic<NodeDeregisteredPayload> REGISTRY_NODE_DEREGISTERED_V1 = new TopicDescriptor<>(
            "onex.registry.node.deregistered.v1",
            Optional.empty(),
            "onex.registry.node.deregistered",
            1,
            "node_id",
            3,
            Duration.ofDays(7),
            CleanupPolicy.DELETE,
            TopicDirection.INTERNAL,
            NodeDeregisteredPayload.class,
            event -> event.payload().nodeId(),
            NodeDeregisteredPayloadCodec.INSTANCE);

    /**
     * {@code onex.registry.workflow.started.v1}: Workflow lifecycle started.
     *
     * <p>Key {@code workflow_id} (workflow); 3 partitions; retention PT168H; cleanup {@code delete}; internal.
     */
    public static final OnexTopic<WorkflowStartedPayload> REGISTRY_WORKFLOW_STARTED_V1 = new TopicDescriptor<>(
            "onex.registry.workflow.started.v1",
            Optional.empty(),
            "onex.registry.workflow.started",
            1,
            "workflow_id",
            3,
            Duration.ofDays(7),
            CleanupPolicy.DELETE,
            TopicDirection.INTERNAL,
            WorkflowStartedPayload.class,
            event -> Objects.toString(event.payload().workflowId(), null),
            WorkflowStartedPayloadCodec.INSTANCE);

    /**
     * {@code onex.registry.workflow.completed.v1}: Workflow completed successfully.
     *
     * <p>Key {@code workflow_id} (workflow); 3 partitions; retention PT720H; cleanup {@code delete}; internal.
     */
    public static final OnexTopic<WorkflowCompletedPayload> REGISTRY_WORKFLOW_COMPLETED_V1 = new TopicDescriptor<>(
            "onex.registry.workflow.completed.v1",
            Optional.empty(),
            "onex.registry.workflow.completed",
            1,
            "workflow_id",
            3,
            Duration.ofDays(30),
            CleanupPolicy.DELETE,
            TopicDirection.INTERNAL,
            WorkflowCompletedPayload.class,
            event -> Objects.toString(event.payload().workflowId(), null),
            WorkflowCompletedPayloadCodec.INSTANCE);

    /**
     * {@code onex.registry.workflow.failed.v1}: Workflow failed after retries.
     *
     * <p>Key {@code workflow_id} (workflow); 3 partitions; retention PT720H; cleanup {@code delete}; internal.
     */
    public static final OnexTopic<WorkflowFailedPayload> REGISTRY_WORKFLOW_FAILED_V1 = new TopicDescriptor<>(
            "onex.registry.workflow.failed.v1",
            Optional.empty(),
            "onex.registry.workflow.failed",
            1,
            "workflow_id",
            3,
            Duration.ofDays(30),
            CleanupPolicy.DELETE,
            TopicDirection.INTERNAL,
            WorkflowFailedPayload.class,
            event -> Objects.toString(event.payload().workflowId(), null),
            WorkflowFailedPayloadCodec.INSTANCE);

    /**
     * {@code onex.infra.circuit_breaker.state_changed.v1}: Circuit breaker transition.
     *
     * <p>Key {@code service_name} (infrastructure signal); 3 partitions; retention PT168H; cleanup {@code delete}; internal.
     */
    public static final OnexTopic<CircuitBreakerStateChangedPayload> INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1 = new TopicDescriptor<>(
            "onex.infra.circuit_breaker.state_changed.v1",
            Optional.empty(),
            "onex.infra.circuit_breaker.state_changed",
            1,
            "service_name",
            3,
            Duration.ofDays(7),
            CleanupPolicy.DELETE,
            TopicDirection.INTERNAL,
            CircuitBreakerStateChangedPayload.class,
            event -> event.payload().serviceName(),
            CircuitBreakerStateChangedPayloadCodec.INSTANCE);

    /**
     * {@code onex.infra.error.detected.v1}: Infrastructure-level error.
     *
     * <p>Key {@code correlation_id} (trace error correlation); 3 partitions; retention PT168H; cleanup {@code delete}; internal.
     */
    public static final OnexTopic<ErrorDetectedPayload> INFRA_ERROR_DETECTED_V1 = new TopicDescriptor<>(
            "onex.infra.error.detected.v1",
            Optional.empty(),
            "onex.infra.error.detected",
            1,
            "correlation_id",
            3,
            Duration.ofDays(7),
            CleanupPolicy.DELETE,
            TopicDirection.INTERNAL,
            ErrorDetectedPayload.class,
            event -> event.correlationId().toString(),
            ErrorDetectedPayloadCodec.INSTANCE);

    /**
     * Every catalog topic, in catalog order.
     */
    public static final List<OnexTopic<?>> ALL = List.of(NODE_INTROSPECTION_PUBLISHED_V1, NODE_HEARTBEAT_PUBLISHED_V1, NODE_SHUTDOWN_ANNOUNCED_V1, REGISTRY_INTROSPECTION_REQUESTED_V1, REGISTRY_NODE_REGISTERED_V1, REGISTRY_NODE_REGISTRATION_FAILED_V1, REGISTRY_NODE_DEREGISTERED_V1, REGISTRY_WORKFLOW_STARTED_V1, REGISTRY_WORKFLOW_COMPLETED_V1, REGISTRY_WORKFLOW_FAILED_V1, INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1, INFRA_ERROR_DETECTED_V1);

    private OnexTopics() {
    }
}
