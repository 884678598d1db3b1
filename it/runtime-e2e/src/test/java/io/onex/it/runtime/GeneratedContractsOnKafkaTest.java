package io.onex.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.onex.events.IntrospectionRequestPayload;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.NodeIntrospectionPayload;
import io.onex.events.NodeShutdownPayload;
import io.onex.events.NodeType;
import io.onex.events.OnexTopics;
import io.onex.nodes.RegistrationOrchestratorDispatcher;
import io.onex.nodes.RegistryEffectDispatcher;
import io.onex.nodes.RegistryEffectPublisher;
import io.onex.rules.TopicMode;
import io.onex.sdk.BusRecord;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.InMemoryEventBus;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.RecordDispatcher;
import io.onex.sdk.kafka.KafkaEventBus;
import io.onex.sdk.kafka.KafkaEventBusConfig;
import io.onex.sdk.kafka.OnexConsumerRunner;
import io.onex.sdk.lifecycle.NodeLifecycle;
import io.onex.testkit.KafkaBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The registry effect node and the registration orchestrator of spec section 13, with the
 * publisher, subscriber and dispatcher the plugin generated from their contracts, on a real broker.
 */
class GeneratedContractsOnKafkaTest {

    private static final String NODE_ID = "registry-effect-001";
    @RegisterExtension
    static final KafkaBroker kafka = KafkaBroker.plaintext();

    /** A typed event with the record it arrived in. */
    record Seen(EventEnvelope<?> event, BusRecord record) {
    }

    @BeforeAll
    static void createCatalogTopics() {
        List<NewTopic> topics = new ArrayList<>();
        for (String tenant : List.of("", "dual.")) {
            for (OnexTopic<?> t : OnexTopics.ALL) {
                Map<String, String> configs = Map.of("retention.ms", Long.toString(t.retention().toMillis()),
                        "cleanup.policy", t.cleanupPolicy().kafkaName());
                topics.add(new NewTopic(tenant + t.topicName(), t.partitions(), (short) 1).configs(configs));
                t.legacyTopicName().ifPresent(l -> topics.add(new NewTopic(tenant + l, t.partitions(), (short) 1).configs(configs)));
            }
        }
        kafka.createTopics(topics);
    }

    private static KafkaEventBus bus(String source, TopicMode mode, String tenant) {
        return KafkaEventBusConfig.builder(kafka.clientProperties(), source).topicMode(mode).tenant(tenant)
                .meterRegistry(new SimpleMeterRegistry()).buildBus();
    }

    private static Seen seen(EventEnvelope<?> event) {
        return new Seen(event, OnexConsumerRunner.currentRecord().orElseThrow());
    }

    private static NodeIntrospectionPayload introspection(String nodeId) {
        return NodeIntrospectionPayload.builder().nodeId(nodeId).nodeType(NodeType.EFFECT).nodeVersion("1.0.0")
                .capabilities(Map.of("postgres", true, "read", true, "write", true))
                .endpoints(Map.of("health", "http://" + nodeId + ":8080/health")).build();
    }

    @Test
    @DisplayName("the node's generated publisher sends introspection, heartbeats and shutdown; the orchestrator's generated subscriber "
            + "receives them typed, keyed by node_id, on the catalog topics' 3 partitions; a targeted request is answered")
    void generatedNodeAndRegistry() throws Exception {
        List<Seen> introspections = new CopyOnWriteArrayList<>();
        List<Seen> lifecycle = new CopyOnWriteArrayList<>();
        RecordDispatcher heartbeatsAndShutdowns = new RecordDispatcher() {
            @Override
            public List<OnexTopic<?>> topics() {
                return List.of(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1);
            }

            @Override
            public void dispatch(BusRecord record) {
                OnexTopic<?> topic = record.topic().equals(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.topicName())
                        ? OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1 : OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1;
                lifecycle.add(seen(topic.codec().decode(record.value())));
            }
        };
        List<String> nodes = List.of(NODE_ID, "postgres-adapter-001", "consul-adapter-002", "vault-adapter-003", "node-a", "node-b");
        assertThat(nodes.stream().map(n -> InMemoryEventBus.partitionFor(n, 3)).collect(Collectors.toSet()))
                .as("the node ids cover every partition").containsExactlyInAnyOrder(0, 1, 2);

        try (OnexConsumerRunner orchestrator = OnexConsumerRunner.builder(kafka.clientProperties(),
                        new RegistrationOrchestratorDispatcher(e -> introspections.add(seen(e))))
                        .service("registration-orchestrator").topicMode(TopicMode.ONEX).build().start();
                OnexConsumerRunner monitor = OnexConsumerRunner.builder(kafka.clientProperties(), heartbeatsAndShutdowns)
                        .service("registry-monitor").topicMode(TopicMode.ONEX).build().start();
                KafkaEventBus registryBus = bus("registry/registry-effect", TopicMode.ONEX, null)) {
            KafkaEventBus nodeBus = bus("node/registry-effect", TopicMode.ONEX, null);
            RegistryEffectPublisher publisher = new RegistryEffectPublisher(nodeBus);
            NodeLifecycle node = NodeLifecycle.builder(NODE_ID, "EFFECT")
                    .heartbeatInterval(Duration.ofMillis(300))
                    .introspectionMinInterval(Duration.ofMillis(1))
                    .introspection(() -> publisher.publishIntrospection(introspection(NODE_ID)))
                    .heartbeat(s -> publisher.publishHeartbeat(new NodeHeartbeatPayload(NODE_ID, NodeType.EFFECT, "1.0.0",
                            s.uptimeSeconds(), s.activeOperationsCount(), s.memoryUsageMb(), s.cpuUsagePercent())))
                    .shutdownAnnouncer(reason -> publisher.publishShutdown(new NodeShutdownPayload(NODE_ID, NodeType.EFFECT, reason)))
                    .meterRegistry(new SimpleMeterRegistry())
                    .build();
            OnexConsumerRunner requests = OnexConsumerRunner.builder(kafka.clientProperties(), new RegistryEffectDispatcher(
                            e -> node.onIntrospectionRequest(e.payload().targetNodeIds(), e.payload().targetNodeTypes() == null
                                    ? null : e.payload().targetNodeTypes().stream().map(NodeType::json).toList())))
                    .service(NODE_ID).autoOffsetReset("latest").topicMode(TopicMode.ONEX).build();
            node.start();
            requests.start();
            for (String other : nodes.subList(1, nodes.size())) {
                publisher.publishIntrospection(introspection(other)).get(30, TimeUnit.SECONDS);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> introspections.size() >= nodes.size()
                    && lifecycle.stream().filter(s -> s.event().payload() instanceof NodeHeartbeatPayload).count() >= 2);
            assertThat(requests.awaitAssignment(Duration.ofSeconds(60))).isTrue();

            registryBus.publish(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1, EventEnvelope.create(
                    OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1.eventType(), "registry/registry-effect",
                    new IntrospectionRequestPayload("req-introspect-001", List.of(NODE_ID), null, "registry_startup")))
                    .get(30, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(60)).until(() -> introspections.stream()
                    .filter(s -> ((NodeIntrospectionPayload) s.event().payload()).nodeId().equals(NODE_ID)).count() == 2);

            node.close();
            requests.close();
            nodeBus.close();
            await().atMost(Duration.ofSeconds(60)).until(() -> lifecycle.stream()
                    .anyMatch(s -> s.event().payload() instanceof NodeShutdownPayload));
        }

        assertThat(introspections).allSatisfy(s -> {
            NodeIntrospectionPayload p = (NodeIntrospectionPayload) s.event().payload();
            assertThat(s.record().topic()).isEqualTo("onex.node.introspection.published.v1");
            assertThat(s.record().key()).isEqualTo(p.nodeId());
            assertThat(s.record().partition()).isEqualTo(InMemoryEventBus.partitionFor(p.nodeId(), 3));
            assertThat(s.event().source()).isEqualTo("node/registry-effect");
        });
        assertThat(introspections.stream().map(s -> s.record().partition()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(0, 1, 2);
        assertThat(lifecycle).allSatisfy(s -> assertThat(s.record().key()).isEqualTo(NODE_ID));
        NodeHeartbeatPayload beat = (NodeHeartbeatPayload) lifecycle.get(0).event().payload();
        assertThat(beat.memoryUsageMb()).isPositive();
        assertThat(lifecycle).last().satisfies(s -> assertThat(s.event().payload())
                .isEqualTo(new NodeShutdownPayload(NODE_ID, NodeType.EFFECT, "graceful_shutdown")));
        try (Admin admin = kafka.admin()) {
            Map<String, TopicDescription> d = admin.describeTopics(List.of("onex.node.introspection.published.v1",
                    "onex.node.heartbeat.published.v1")).allTopicNames().get(30, TimeUnit.SECONDS);
            assertThat(d.values()).allSatisfy(t -> assertThat(t.partitions()).hasSize(3));
        }
    }

    @Test
    @DisplayName("in DUAL mode the generated publisher's events appear on the legacy and the ONEX topic, and the"
            + " generated dispatcher gets each once")
    void dualMode() throws Exception {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        try (KafkaEventBus bus = bus("node/registry-effect", TopicMode.DUAL, "dual")) {
            RegistryEffectPublisher publisher = new RegistryEffectPublisher(bus);
            for (int i = 0; i < 3; i++) {
                publisher.publishIntrospection(introspection("dual-node-" + i)).get(30, TimeUnit.SECONDS);
            }
        }
        try (OnexConsumerRunner orchestrator = OnexConsumerRunner.builder(kafka.clientProperties(),
                        new RegistrationOrchestratorDispatcher(e -> seen.add(seen(e))))
                .service("registration-orchestrator-dual").topicMode(TopicMode.DUAL).tenant("dual").build().start()) {
            assertThat(orchestrator.subscription()).containsExactly("dual.onex.node.introspection.published.v1",
                    "dual.node.introspection");
            await().atMost(Duration.ofSeconds(60)).until(() -> orchestrator.processedCount() >= 3 && seen.size() >= 3);
        }
        Map<String, List<String>> topicsByEvent = seen.stream().collect(Collectors.groupingBy(
                s -> s.event().eventId().toString(), Collectors.mapping(s -> s.record().topic(), Collectors.toList())));
        assertThat(topicsByEvent).as("each event dispatched once, from whichever name it came first").hasSize(3)
                .allSatisfy((id, topics) -> assertThat(topics).hasSize(1)
                        .containsAnyOf("onex.node.introspection.published.v1", "node.introspection"));
        assertThat(recordCount("dual.onex.node.introspection.published.v1")).isEqualTo(3);
        assertThat(recordCount("dual.node.introspection")).isEqualTo(3);
    }

    /** Records written to a topic: the sum of its partitions' end offsets. */
    private static long recordCount(String topic) throws Exception {
        try (Admin admin = kafka.admin()) {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic)
                    .partitions().stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition()))
                    .collect(Collectors.toMap(tp -> tp, tp -> org.apache.kafka.clients.admin.OffsetSpec.latest()));
            return admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(o -> o.offset()).sum();
        }
    }
}
