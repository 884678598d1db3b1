package com.example.effect;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.events.IntrospectionRequestPayload;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.NodeType;
import io.onex.events.OnexTopics;
import io.onex.nodes.RegistryEffectDispatcher;
import io.onex.nodes.RegistryEffectPublisher;
import io.onex.nodes.RegistryEffectSubscriber;
import io.onex.sdk.BusRecord;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.InMemoryEventBus;
import io.onex.sdk.PublishResult;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistryEffectNodeTest {

    @Test
    @DisplayName("The generated publisher sends a typed heartbeat on the catalog topic, keyed by node_id")
    void publishesHeartbeat() throws Exception {
        InMemoryEventBus bus = new InMemoryEventBus();
        RegistryEffectPublisher publisher = new RegistryEffectPublisher(bus);
        UUID correlation = UUID.randomUUID();
        PublishResult result = publisher.publishHeartbeat(NodeHeartbeatPayload.builder()
                .nodeId("postgres-adapter-001")
                .nodeType(NodeType.EFFECT)
                .uptimeSeconds(3600L)
                .cpuUsagePercent(15.2)
                .build(), correlation).get();

        assertThat(result.topic()).isEqualTo("onex.node.heartbeat.published.v1");
        assertThat(result.key()).isEqualTo("postgres-adapter-001");
        List<BusRecord> records = bus.records("onex.node.heartbeat.published.v1");
        assertThat(records).hasSize(1);
        EventEnvelope<NodeHeartbeatPayload> event = OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.codec().decode(records.get(0).value());
        assertThat(event.source()).isEqualTo("node/registry-effect");
        assertThat(event.correlationId()).isEqualTo(correlation);
        assertThat(event.eventType()).isEqualTo("onex.node.heartbeat.published");
        assertThat(event.payload().cpuUsagePercent()).isEqualTo(15.2);
    }

    @Test
    @DisplayName("An introspection request reaches the handler named in the contract, typed")
    void receivesIntrospectionRequest() throws Exception {
        InMemoryEventBus bus = new InMemoryEventBus();
        List<EventEnvelope<IntrospectionRequestPayload>> received = new ArrayList<>();
        RegistryEffectSubscriber subscriber = received::add;
        bus.subscribe(new RegistryEffectDispatcher(subscriber));

        PublishResult result = bus.publish(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1, EventEnvelope.create(
                OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1.eventType(), "registry/registry-service",
                new IntrospectionRequestPayload("req-introspect-001", null, null, "registry_startup"))).get();

        assertThat(result.key()).isEqualTo("req-introspect-001");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).payload().requestId()).isEqualTo("req-introspect-001");
        assertThat(received.get(0).payload().targetNodeIds()).isNull();
    }
}
