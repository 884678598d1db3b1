package io.onex.nodes;

import io.onex.events.NodeRegisteredPayload;
import io.onex.events.NodeRegistrationFailedPayload;
import io.onex.events.OnexTopics;
import io.onex.events.WorkflowCompletedPayload;
import io.onex.events.WorkflowFailedPayload;
import io.onex.events.WorkflowStartedPayload;
import io.onex.sdk.EventBus;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.PublishResult;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Publishes the events that node {@code registration-orchestrator} (ORCHESTRATOR, version 1.0.0) declares in {@code src/test/resources/golden-input/registration-orchestrator.contract.yaml}.
 *
 * <p>Topics, keys and envelopes come from the catalog; each method takes only the payload.
 */
@Generated("io.onex.plugin.generate.PublisherGenerator")
public final class RegistrationOrchestratorPublisher {
    /**
     * The envelope {@code source} used when none is given.
     */
    public static final String DEFAULT_SOURCE = "node/registration-orchestrator";

    private final EventBus bus;

    private final String source;

    /**
     * @param bus where events go
     * @param source the envelope {@code source}, e.g. {@code node/registration-orchestrator}
     */
    public RegistrationOrchestratorPublisher(EventBus bus, String source) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * A publisher whose envelope {@code source} is {@value #DEFAULT_SOURCE}.
     *
     * @param bus where events go
     */
    public RegistrationOrchestratorPublisher(EventBus bus) {
        this(bus, DEFAULT_SOURCE);
    }

    /**
     * Emitted when node registration completes successfully.
     *
     * <p>Topic {@code onex.registry.node.registered.v1}, keyed by {@code node_id}.
     *
     * @param payload the event payload
     * @return completes when the event is acknowledged
     */
    public CompletableFuture<PublishResult> publishNodeRegistered(NodeRegisteredPayload payload) {
        return publishNodeRegistered(payload, UUID.randomUUID());
    }

    /**
     * Emitted when node registration completes successfully.
     *
     * <p>Topic {@code onex.registry.node.registered.v1}, keyed by {@code node_id}.
     *
     * @param payload the event payload
     * @param correlationId ties this event to related ones
     * @return completes when the event is acknowledged
     */
    public CompletableFuture<PublishResult> publishNodeRegistered(NodeRegisteredPayload payload,
            UUID correlationId) {
        return bus.publish(OnexTopics.REGISTRY_NODE_REGISTERED_V1, EventEnvelope.create(OnexTopics.REGISTRY_NODE_REGISTERED_V1.eventType(), source, correlationId, payload));
    }

    /**
     * Emitted when node registration fails.
     *
     * <p>Topic {@code onex.registry.node.registration_failed.v1}, keyed by {@code node_id}.
     *
     * @param payload the event payload
     * @return completes when the event is acknowledged
     */
    public CompletableFuture<PublishResult> publishNodeRegistrationFailed(
            NodeRegistrationFailedPayload payload) {
        return publishNodeRegistrationFailed(payload, UUID.randomUUID());
    }

    /**
     * Emitted when node registration fails.
     *
     * <p>Topic {@code onex.registry.node.registration_failed.v1}, keyed by {@code node_id}.
     *
     * @param payload the event payload
     * @param correlationId ties this event to related ones
     * @return completes when the event is acknowledged
     */
    public CompletableFuture<PublishResult> publishNodeRegistrationFailed(
            NodeRegistrationFailedPayload payload, UUID correlationId) {
        return bus.publish(OnexTopics.REGISTRY_NODE_REGISTRATION_FAILED_V1, EventEnvelope.create(OnexTopics.REGISTRY_NODE_REGISTRATION_FAILED_V1.eventType(), source, correlationId, payload));
    }

    /**
     * Workflow audit trail - started.
     *
     * <p>Topic {@code onex.registry.workflow.started.v1}, keyed by {@code workflow_id}.
     *
     * @param payload the event payload
     * @return completes when the event is acknowledged
     */
    public CompletableFuture<PublishResult> publishWorkflowStarted(WorkflowStartedPayload payload) {
        return publishWorkflowStarted(payload, UUID.randomUUID());
    }

    /**
     * Workflow audit trail - started.
     *
     * <p>Topic {@code onex.registry.workflow.started.v1}, keyed by {@code workflow_id}.
     *
     * @param payload the event payload
     * @param correlationId ties this event to related ones
     * @return completes when the event is acknowledged
     */
    public CompletableFuture<PublishResult> publishWorkflowStarted(WorkflowStartedPayload payload,
            UUID correlationId) {
        return bus.publish(OnexTopics.REGISTRY_WORKFLOW_STARTED_V1, EventEnvelope.create(OnexTopics.REGISTRY_WORKFLOW_STARTED_V1.eventType(), source, correlationId, payload));
    }

    /**
     * Workflow audit trail - completed.
     *
     * <p>Topic {@code onex.registry.workflow.completed.v1}, keyed by {@code workflow_id}.
     *
     * @param payload the event payload
     * @return completes when the event is acknowledged
     */
    public CompletableFuture<PublishResult> publishWorkflowCompleted(
            WorkflowCompletedPayload payload) {
        return publishWorkflowCompleted(payload, UUID.randomUUID());
    }

    /**
     * Workflow audit trail - completed.
     *
     * <p>Topic {@code onex.registry.workflow.completed.v1}, keyed by {@code workflow_id}.
     *
     * @param payload the event payload
     * @param correlationId ties this event to related ones
     * @return completes when the event is acknowledged
     */
    public CompletableFuture<PublishResult> publishWorkflowCompleted(
            WorkflowCompletedPayload payload, UUID correlationId) {
        return bus.publish(OnexTopics.REGISTRY_WORKFLOW_COMPLETED_V1, EventEnvelope.create(OnexTopics.REGISTRY_WORKFLOW_COMPLETED_V1.eventType(), source, correlationId, payload));
    }

    /**
     * Workflow audit trail - failed.
     *
     * <p>Topic {@code onex.registry.workflow.failed.v1}, keyed by {@code workflow_id}.
     *
     * @param payload the event payload
     * @return completes when the event is acknowledged
     */
    public CompletableFuture<PublishResult> publishWorkflowFailed(WorkflowFailedPayload payload) {
        return publishWorkflowFailed(payload, UUID.randomUUID());
    }

    /**
     * Workflow audit trail - failed.
     *
     * <p>Topic {@code onex.registry.workflow.failed.v1}, keyed by {@code workflow_id}.
     *
     * @param payload the event payload
     * @param correlationId ties this event to related ones
     * @return completes when the event is acknowledged
     */
    public CompletableFuture<PublishResult> publishWorkflowFailed(WorkflowFailedPayload payload,
            UUID correlationId) {
        return bus.publish(OnexTopics.REGISTRY_WORKFLOW_FAILED_V1, EventEnvelope.create(OnexTopics.REGISTRY_WORKFLOW_FAILED_V1.eventType(), source, correlationId, payload));
    }
}
