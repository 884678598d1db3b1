package com.example.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.events.NodeIntrospectionPayload;
import io.onex.events.NodeRegisteredPayload;
import io.onex.events.NodeType;
import io.onex.events.OnexTopics;
import io.onex.events.WorkflowStartedPayload;
import io.onex.nodes.RegistrationOrchestratorDispatcher;
import io.onex.nodes.RegistrationOrchestratorPublisher;
import io.onex.nodes.RegistrationOrchestratorSubscriber;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.InMemoryEventBus;
import io.onex.sdk.PublishResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistrationOrchestratorTest {

    @Test
    @DisplayName("Introspection from a node triggers the workflow: registered and workflow events carry the catalog keys")
    void introspectionTriggersRegistration() throws Exception {
        InMemoryEventBus bus = new InMemoryEventBus();
        RegistrationOrchestratorPublisher publisher = new RegistrationOrchestratorPublisher(bus);
        List<PublishResult> published = new ArrayList<>();
        UUID workflowId = UUID.randomUUID();
        RegistrationOrchestratorSubscriber orchestrator = event -> {
            NodeIntrospectionPayload node = event.payload();
            published.add(publisher.publishWorkflowStarted(WorkflowStartedPayload.builder()
                    .workflowId(workflowId)
                    .workflowType("node_registration")
                    .nodeId(node.nodeId())
                    .startedAt(Instant.parse("2025-01-15T10:30:00Z"))
                    .build(), event.correlationId()).join());
            published.add(publisher.publishNodeRegistered(new NodeRegisteredPayload(node.nodeId(), "reg-abc123",
                    node.nodeId() + "-prod", "uuid-xyz789", Instant.parse("2025-01-15T10:30:05Z"), 300L),
                    event.correlationId()).join());
        };
        bus.subscribe(new RegistrationOrchestratorDispatcher(orchestrator));

        bus.publish(OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1, EventEnvelope.create(
                OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1.eventType(), "node/postgres-adapter",
                NodeIntrospectionPayload.builder().nodeId("postgres-adapter-001").nodeType(NodeType.EFFECT).build())).get();

        assertThat(published).extracting(PublishResult::topic)
                .containsExactly("onex.registry.workflow.started.v1", "onex.registry.node.registered.v1");
        assertThat(published).extracting(PublishResult::key)
                .containsExactly(workflowId.toString(), "postgres-adapter-001");
        EventEnvelope<NodeRegisteredPayload> registered = OnexTopics.REGISTRY_NODE_REGISTERED_V1.codec()
                .decode(bus.records("onex.registry.node.registered.v1").get(0).value());
        assertThat(registered.source()).isEqualTo("node/registration-orchestrator");
        assertThat(registered.payload().ttlSeconds()).isEqualTo(300L);
    }
}
