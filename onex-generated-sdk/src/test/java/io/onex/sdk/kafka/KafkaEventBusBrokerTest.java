package io.onex.sdk.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.onex.events.ErrorDetectedPayload;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.NodeShutdownPayload;
import io.onex.events.OnexTopics;
import io.onex.rules.TopicMode;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.InMemoryEventBus;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.PublishResult;
import io.onex.sdk.testing.Events;
import io.onex.sdk.testing.Kafka;
import io.onex.sdk.testing.RecordingDispatcher;
import io.onex.testkit.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bus and the consumer runner on a real broker (one broker for the class; tests isolate by tenant prefix). */
class KafkaEventBusBrokerTest {

    @RegisterExtension
    static final KafkaBroker kafka = KafkaBroker.plaintext();

    private static KafkaEventBusConfig.Builder config(TopicMode mode, String tenant, SimpleMeterRegistry registry) {
        return KafkaEventBusConfig.builder(kafka.clientProperties(), "node/broker-test").topicMode(mode).tenant(tenant)
                .meterRegistry(registry);
    }

    private static final OnexTopic<NodeHeartbeatPayload> HEARTBEAT = OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1;

    private static EventEnvelope<NodeHeartbeatPayload> ping(String node, long seq) {
        return Events.heartbeat(node, seq);
    }

    @Test
    @DisplayName("events round-trip with their keys on 3 partitions and ONEX headers, and each key keeps its partition")
    void roundTrip() throws Exception {
        String tenant = "roundtrip";
        kafka.createTopics(3, tenant + ".onex.node.heartbeat.published.v1");
        List<String> nodes = List.of("postgres-adapter-001", "consul-adapter-002", "registry-effect-003", "node-a",
                "node-b", "node-c", "node-d", "node-e");
        assertThat(nodes.stream().map(n -> InMemoryEventBus.partitionFor(n, 3)).collect(Collectors.toSet()))
                .as("the chosen keys cover every partition").containsExactlyInAnyOrder(0, 1, 2);

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RecordingDispatcher dispatcher = new RecordingDispatcher(List.of(HEARTBEAT));
        List<EventEnvelope<NodeHeartbeatPayload>> published = new ArrayList<>();
        Map<java.util.UUID, PublishResult> results = new HashMap<>();
        try (KafkaEventBus bus = config(TopicMode.ONEX, tenant, registry).buildBus();
                OnexConsumerRunner runner = OnexConsumerRunner.builder(kafka.clientProperties(), dispatcher)
                        .service("registry-introspection").topicMode(TopicMode.ONEX).tenant(tenant)
                        .meterRegistry(registry).build().start()) {
            List<CompletableFuture<PublishResult>> futures = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                EventEnvelope<NodeHeartbeatPayload> e = ping(nodes.get(i % nodes.size()), i);
                published.add(e);
                futures.add(bus.publish(HEARTBEAT, e));
            }
            for (int i = 0; i < futures.size(); i++) {
                results.put(published.get(i).eventId(), futures.get(i).get(30, TimeUnit.SECONDS));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> dispatcher.received().size() >= published.size());
            assertThat(runner.groupId()).as("the tenant's prefix is on its groups too")
                    .isEqualTo(tenant + ".registry-introspection-onex-v1");
            assertThat(runner.subscription()).containsExactly("roundtrip.onex.node.heartbeat.published.v1");
            await().atMost(Duration.ofSeconds(60)).until(() -> runner.lag("onex.node.heartbeat.published.v1").orElse(-1) == 0);
            assertThat(registry.get("consumer_lag").tag("group", tenant + ".registry-introspection-onex-v1")
                    .tag("topic", "onex.node.heartbeat.published.v1").gauge().value())
                    .as("the lag gauge, once the runner has caught up").isZero();
        }

        Map<java.util.UUID, RecordingDispatcher.Received> byId = dispatcher.received().stream()
                .collect(Collectors.toMap(r -> r.event().eventId(), Function.identity()));
        assertThat(byId).hasSize(published.size());
        for (EventEnvelope<NodeHeartbeatPayload> e : published) {
            RecordingDispatcher.Received r = byId.get(e.eventId());
            assertThat(r.event()).isEqualTo(e);
            assertThat(r.record().topic()).as("tenant prefix stripped before dispatch").isEqualTo("onex.node.heartbeat.published.v1");
            assertThat(r.record().key()).isEqualTo(e.payload().nodeId());
            assertThat(r.record().partition()).isEqualTo(InMemoryEventBus.partitionFor(e.payload().nodeId(), 3))
                    .isEqualTo(results.get(e.eventId()).partition());
            assertThat(r.record().offset()).isEqualTo(results.get(e.eventId()).offset());
            assertThat(r.record().headers()).containsEntry("event_type", "onex.node.heartbeat.published")
                    .containsEntry("correlation_id", e.correlationId().toString()).containsEntry("schema_version", "1");
        }
        assertThat(dispatcher.received().stream().map(r -> r.record().partition()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(0, 1, 2);
        assertThat(registry.get("publish_latency_ms").timer().count()).isEqualTo(24);
        assertThat(registry.get("publish_success").counter().count()).isEqualTo(24.0);
        assertThat(registry.get("consumed_records").counter().count()).isEqualTo(24.0);
    }

    @Test
    @DisplayName("DUAL mode puts the same envelope on the ONEX and the legacy name, a topic without a legacy name gets one"
            + " copy, and a DUAL consumer dispatches each event once")
    void dualMode() throws Exception {
        String tenant = "dual";
        kafka.createTopics(3, "dual.onex.node.heartbeat.published.v1", "dual.node.heartbeat",
                "dual.onex.node.shutdown.announced.v1");
        List<EventEnvelope<NodeHeartbeatPayload>> pings = List.of(ping("n1", 1), ping("n2", 2), ping("n3", 3));
        EventEnvelope<NodeShutdownPayload> shutdown = Events.shutdown("n9");
        try (KafkaEventBus bus = config(TopicMode.DUAL, tenant, new SimpleMeterRegistry()).buildBus()) {
            for (EventEnvelope<NodeHeartbeatPayload> e : pings) {
                bus.publish(HEARTBEAT, e).get(30, TimeUnit.SECONDS);
            }
            assertThat(bus.publish(OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1, shutdown).get(30, TimeUnit.SECONDS).topic())
                    .isEqualTo("dual.onex.node.shutdown.announced.v1");
        }
        List<ConsumerRecord<String, byte[]>> onex = Kafka.readAll(kafka.clientProperties(), List.of("dual.onex.node.heartbeat.published.v1"), 3);
        List<ConsumerRecord<String, byte[]>> legacy = Kafka.readAll(kafka.clientProperties(), List.of("dual.node.heartbeat"), 3);
        assertThat(onex).hasSize(3);
        assertThat(legacy).hasSize(3);
        Map<String, byte[]> onexByKey = onex.stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value));
        for (ConsumerRecord<String, byte[]> r : legacy) {
            assertThat(r.value()).as("same bytes under both names for key " + r.key()).isEqualTo(onexByKey.get(r.key()));
        }
        assertThat(onex.stream().map(r -> HEARTBEAT.codec().decode(r.value()).eventId()).collect(Collectors.toSet()))
                .isEqualTo(pings.stream().map(EventEnvelope::eventId).collect(Collectors.toSet()));
        try (var admin = kafka.admin()) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).filteredOn(t -> t.startsWith("dual."))
                    .containsExactlyInAnyOrder("dual.onex.node.heartbeat.published.v1", "dual.node.heartbeat",
                            "dual.onex.node.shutdown.announced.v1");
            assertThat(Kafka.readAll(kafka.clientProperties(), List.of("dual.onex.node.shutdown.announced.v1"), 1))
                    .as("one copy of the shutdown announcement").hasSize(1);
        }

        // A producer still in LEGACY mode writes one more event to the legacy name only.
        EventEnvelope<NodeHeartbeatPayload> legacyOnly = ping("n4", 4);
        try (KafkaEventBus bus = config(TopicMode.LEGACY, tenant, new SimpleMeterRegistry()).buildBus()) {
            bus.publish(HEARTBEAT, legacyOnly).get(30, TimeUnit.SECONDS);
        }

        RecordingDispatcher both = new RecordingDispatcher(List.of(HEARTBEAT));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (OnexConsumerRunner runner = OnexConsumerRunner.builder(kafka.clientProperties(), both)
                .service("dual-reader").topicMode(TopicMode.DUAL).tenant(tenant).meterRegistry(registry).build()
                .start()) {
            assertThat(runner.subscription()).containsExactly("dual.onex.node.heartbeat.published.v1", "dual.node.heartbeat");
            await().atMost(Duration.ofSeconds(60)).until(() -> skipped(registry) == 3.0 && both.received().size() >= 4);
        }
        assertThat(both.received()).as("each event once, whichever copy came first").hasSize(4)
                .extracting(r -> r.event().eventId()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(pings.stream(),
                        java.util.stream.Stream.of(legacyOnly)).map(EventEnvelope::eventId).toList());
        assertThat(both.received()).extracting(r -> r.record().topic())
                .containsAnyOf("onex.node.heartbeat.published.v1", "node.heartbeat");
    }

    private static double skipped(SimpleMeterRegistry registry) {
        return registry.find("dual_copies_skipped").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    @DisplayName("LEGACY mode writes the legacy name without a tenant prefix")
    void legacyMode() throws Exception {
        kafka.createTopics(3, "node.heartbeat");
        EventEnvelope<NodeHeartbeatPayload> e = ping("legacy-node", 1);
        try (KafkaEventBus bus = config(TopicMode.LEGACY, null, new SimpleMeterRegistry()).buildBus()) {
            assertThat(bus.publish(HEARTBEAT, e).get(30, TimeUnit.SECONDS).topic()).isEqualTo("node.heartbeat");
        }
        List<ConsumerRecord<String, byte[]>> records = Kafka.readAll(kafka.clientProperties(), List.of("node.heartbeat"), 1);
        assertThat(records).extracting(ConsumerRecord::key).containsExactly("legacy-node");
    }

    @Test
    @DisplayName("no secret of an error payload reaches the broker")
    void redactionOnTheWire() throws Exception {
        String tenant = "redact";
        kafka.createTopics(3, "redact.onex.infra.error.detected.v1");
        EventEnvelope<ErrorDetectedPayload> error = Events.error(
                "Connection to postgres://registry:Sup3rS3cret!@10.20.30.40:5432/registry failed; token=abcd1234efgh",
                Map.of("host", "db.internal.example.com", "port", 5432, "api_key", "k-123456789", "retry_count", 3));
        try (KafkaEventBus bus = config(TopicMode.ONEX, tenant, new SimpleMeterRegistry()).buildBus()) {
            bus.publish(OnexTopics.INFRA_ERROR_DETECTED_V1, error).get(30, TimeUnit.SECONDS);
        }
        List<ConsumerRecord<String, byte[]>> records = Kafka.readAll(kafka.clientProperties(),
                List.of("redact.onex.infra.error.detected.v1"), 1);
        String wire = new String(records.get(0).value(), StandardCharsets.UTF_8);
        for (String secret : Set.of("Sup3rS3cret!", "10.20.30.40", "abcd1234efgh", "db.internal.example.com", "k-123456789")) {
            assertThat(wire).doesNotContain(secret);
        }
        assertThat(OnexTopics.INFRA_ERROR_DETECTED_V1.codec().decode(records.get(0).value()).payload().context()).containsEntry("port", 5432L);
    }
}
