package io.onex.sdk.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.onex.events.ErrorDetectedPayload;
import io.onex.events.ErrorSeverity;
import io.onex.events.IntrospectionRequestPayload;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.NodeIntrospectionPayload;
import io.onex.events.NodeShutdownPayload;
import io.onex.events.NodeType;
import io.onex.events.OnexTopics;
import io.onex.events.PerformanceMetrics;
import io.onex.rules.TopicMode;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.InMemoryEventBus;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.kafka.KafkaEventBus;
import io.onex.sdk.kafka.KafkaEventBusConfig;
import io.onex.sdk.kafka.OnexConsumerRunner;
import io.onex.sdk.testing.Kafka;
import io.onex.sdk.testing.MutableClock;
import io.onex.sdk.testing.RecordingDispatcher;
import io.onex.testkit.KafkaBroker;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A node and a registry-side consumer on the catalog's topics, with the generated payload types. */
class OnexNodeBrokerTest {

    @RegisterExtension
    static final KafkaBroker kafka = KafkaBroker.plaintext();

    @BeforeAll
    static void createCatalogTopics() {
        kafka.createTopics(OnexTopics.ALL.stream().map(t -> new NewTopic(t.topicName(), t.partitions(), (short) 1)
                .configs(Map.of("retention.ms", Long.toString(t.retention().toMillis()),
                        "cleanup.policy", t.cleanupPolicy().kafkaName()))).toList());
    }

    private static KafkaEventBus bus(String source) {
        return KafkaEventBusConfig.builder(kafka.clientProperties(), source).topicMode(TopicMode.ONEX)
                .meterRegistry(new SimpleMeterRegistry()).buildBus();
    }

    private static <P> List<P> payloads(RecordingDispatcher d, OnexTopic<P> topic) {
        return d.received().stream().filter(r -> r.record().topic().equals(topic.topicName()))
                .map(r -> topic.payloadType().cast(r.event().payload())).toList();
    }

    @Test
    @DisplayName("a node announces itself, beats, answers a targeted introspection request and announces its shutdown; the registry receives them typed, keyed by node_id")
    void nodeLifecycleEndToEnd() throws Exception {
        long uptimeBefore = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
        MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:30:00Z"));
        RecordingDispatcher registry = new RecordingDispatcher(List.of(OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1,
                OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1));
        try (OnexConsumerRunner registrySide = OnexConsumerRunner.builder(kafka.clientProperties(), registry)
                        .service("registry-introspection").topicMode(TopicMode.ONEX).meterRegistry(new SimpleMeterRegistry())
                        .build().start();
                KafkaEventBus registryBus = bus("registry/registry-effect")) {
            OnexNode node = OnexNode.builder(bus("node/postgres-adapter"), "postgres-adapter-001", NodeType.EFFECT)
                    .nodeVersion("1.0.0")
                    .introspection(() -> NodeIntrospectionPayload.builder().nodeId("postgres-adapter-001")
                            .nodeType(NodeType.EFFECT).nodeVersion("1.0.0")
                            .capabilities(Map.of("postgres", true, "read", true, "write", true))
                            .endpoints(Map.of("health", "http://postgres-adapter:8080/health")).build())
                    .heartbeatInterval(Duration.ofMillis(300))
                    .introspectionMinInterval(Duration.ofSeconds(10))
                    .listenForIntrospectionRequests(kafka.clientProperties())
                    .clock(clock).meterRegistry(new SimpleMeterRegistry())
                    .closeBusOnClose()
                    .build().start();
            try {
                await().atMost(Duration.ofSeconds(60)).until(() ->
                        payloads(registry, OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1).size() == 1
                                && payloads(registry, OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1).size() >= 2);
                assertThat(node.requestListener().orElseThrow().awaitAssignment(Duration.ofSeconds(60))).isTrue();
                assertThat(node.requestListener().orElseThrow().groupId()).isEqualTo("postgres-adapter-001-onex-v1");

                clock.advance(Duration.ofSeconds(10));
                registryBus.publish(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1, EventEnvelope.create(
                        OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1.eventType(), "registry/registry-effect",
                        new IntrospectionRequestPayload("req-introspect-001", null, List.of(NodeType.EFFECT), "registry_startup")))
                        .get(30, TimeUnit.SECONDS);
                await().atMost(Duration.ofSeconds(60)).until(() ->
                        payloads(registry, OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1).size() == 2);
            } finally {
                node.close();
            }
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    payloads(registry, OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1).size() == 1);
        }

        long uptimeAfter = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
        NodeIntrospectionPayload introspection = payloads(registry, OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1).get(0);
        assertThat(introspection.capabilities()).containsEntry("postgres", true);
        PerformanceMetrics metrics = introspection.performanceMetrics();
        assertThat(metrics).as("filled in from the JVM").isNotNull();
        assertThat(metrics.uptimeSeconds()).as("the JVM's uptime in seconds").isBetween(uptimeBefore, uptimeAfter);
        assertThat(metrics.memoryUsageMb()).as("used heap in MiB").isPositive();
        assertThat(metrics.cpuUsagePercent()).as("CPU percent").isNotNull();
        assertThat(metrics.activeOperationsCount()).isZero();
        NodeHeartbeatPayload beat = payloads(registry, OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1).get(0);
        assertThat(beat.nodeVersion()).isEqualTo("1.0.0");
        assertThat(beat.uptimeSeconds()).as("the JVM's uptime in seconds").isBetween(uptimeBefore, uptimeAfter);
        assertThat(beat.memoryUsageMb()).isPositive();
        assertThat(beat.cpuUsagePercent()).as("CPU percent, one decimal").isBetween(0.0, 100.0)
                .isEqualTo(Math.round(beat.cpuUsagePercent() * 10.0) / 10.0);
        assertThat(beat.activeOperationsCount()).isZero();
        assertThat(payloads(registry, OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1))
                .containsExactly(new NodeShutdownPayload("postgres-adapter-001", NodeType.EFFECT, "graceful_shutdown"));

        int expectedPartition = InMemoryEventBus.partitionFor("postgres-adapter-001", 3);
        assertThat(registry.received()).allSatisfy(r -> {
            assertThat(r.record().key()).isEqualTo("postgres-adapter-001");
            assertThat(r.record().partition()).isEqualTo(expectedPartition);
            assertThat(r.event().source()).isEqualTo("node/postgres-adapter");
            assertThat(r.record().headers()).containsEntry("event_type", r.event().eventType());
        });
    }

    @Test
    @DisplayName("a generated error payload loses its secrets and hosts on the way to the broker and stays valid")
    void errorPayloadRedacted() throws Exception {
        ErrorDetectedPayload error = ErrorDetectedPayload.builder().errorCode("DATABASE_CONNECTION_ERROR")
                .severity(ErrorSeverity.values()[0])
                .message("Connection to postgres://registry:Sup3rS3cret@db.example.com:5432/registry failed")
                .nodeType(NodeType.EFFECT).nodeName("postgres-adapter").transportType("DATABASE").operation("connect")
                .context(Map.of("host", "db.example.com", "port", 5432, "retry_count", 3, "password", "Sup3rS3cret"))
                .build();
        EventEnvelope<ErrorDetectedPayload> event = EventEnvelope.create(OnexTopics.INFRA_ERROR_DETECTED_V1.eventType(),
                "node/postgres-adapter", error);
        try (KafkaEventBus bus = bus("node/postgres-adapter")) {
            bus.publish(OnexTopics.INFRA_ERROR_DETECTED_V1, event).get(30, TimeUnit.SECONDS);
        }
        List<ConsumerRecord<String, byte[]>> records = Kafka.readAll(kafka.clientProperties(),
                List.of(OnexTopics.INFRA_ERROR_DETECTED_V1.topicName()), 1);
        String wire = new String(records.get(0).value(), StandardCharsets.UTF_8);
        assertThat(wire).doesNotContain("Sup3rS3cret").doesNotContain("db.example.com");
        assertThat(records.get(0).key()).isEqualTo(event.correlationId().toString());
        ErrorDetectedPayload received = OnexTopics.INFRA_ERROR_DETECTED_V1.codec().decode(records.get(0).value()).payload();
        assertThat(received.errorCode()).isEqualTo("DATABASE_CONNECTION_ERROR");
        assertThat(received.context()).containsEntry("port", 5432L).containsEntry("retry_count", 3L)
                .containsEntry("host", "[REDACTED]").containsEntry("password", "[REDACTED]");
    }
}
