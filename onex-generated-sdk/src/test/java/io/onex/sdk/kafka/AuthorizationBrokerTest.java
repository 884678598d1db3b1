package io.onex.sdk.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.NodeRegisteredPayload;
import io.onex.events.NodeType;
import io.onex.events.OnexTopics;
import io.onex.rules.TopicMode;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.PublishResult;
import io.onex.sdk.node.OnexNode;
import io.onex.sdk.resilience.CircuitState;
import io.onex.sdk.testing.Events;
import io.onex.sdk.testing.Kafka;
import io.onex.sdk.testing.RecordingDispatcher;
import io.onex.testkit.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bus and the consumer runner on a broker that requires SASL/PLAIN and denies what no ACL allows: a refusal is
 * a clear, typed exception naming the topic or group and the principal, never a retry loop or a timeout.
 */
class AuthorizationBrokerTest {

    private static final OnexTopic<NodeHeartbeatPayload> HEARTBEAT = OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1;

    @RegisterExtension
    static final KafkaBroker kafka = KafkaBroker.saslPlain("admin", "admin-secret",
            Map.of("node-service", "node-secret", "registry-service", "registry-secret"));

    /**
     * The node may write heartbeats and read introspection requests, and join groups starting with
     * {@code postgres-adapter-} (a per-contract grant); the registry may read heartbeats and shutdowns in the group
     * {@code registry-monitor-onex-v1} and write nothing.
     */
    @BeforeAll
    static void aclsAndTopics() {
        kafka.createTopics(OnexTopics.ALL.stream().map(t -> new NewTopic(t.topicName(), t.partitions(), (short) 1)).toList());
        kafka.createTopics(1, "registry-monitor.dlt");
        kafka.createAcls(List.of(
                allow("node-service", ResourceType.TOPIC, HEARTBEAT.topicName(), PatternType.LITERAL, AclOperation.WRITE),
                allow("node-service", ResourceType.TOPIC, OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1.topicName(),
                        PatternType.LITERAL, AclOperation.READ),
                allow("node-service", ResourceType.GROUP, "postgres-adapter-", PatternType.PREFIXED, AclOperation.READ),
                allow("registry-service", ResourceType.TOPIC, HEARTBEAT.topicName(), PatternType.LITERAL, AclOperation.READ),
                allow("registry-service", ResourceType.TOPIC, OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1.topicName(),
                        PatternType.LITERAL, AclOperation.READ),
                allow("registry-service", ResourceType.GROUP, "registry-monitor-onex-v1", PatternType.LITERAL,
                        AclOperation.READ)));
    }

    private static AclBinding allow(String user, ResourceType type, String name, PatternType pattern, AclOperation op) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + user, "*", op, AclPermissionType.ALLOW));
    }

    private static KafkaEventBus nodeBus(Map<String, Object> client) {
        return KafkaEventBusConfig.builder(client, "node/postgres-adapter").topicMode(TopicMode.ONEX)
                .failureThreshold(2).maxBlock(Duration.ofSeconds(20)).meterRegistry(new SimpleMeterRegistry()).buildBus();
    }

    private static OnexConsumerRunner.Builder runner(String user, RecordingDispatcher dispatcher, String service,
            List<RuntimeException> stops) {
        return OnexConsumerRunner.builder(kafka.clientProperties(user), dispatcher).service(service)
                .topicMode(TopicMode.ONEX).meterRegistry(new SimpleMeterRegistry())
                .errorHandler(new ConsumerErrorHandler() {
                    @Override
                    public void handle(ConsumeFailure failure) {
                    }

                    @Override
                    public void runnerStopped(RuntimeException error) {
                        stops.add(error);
                    }
                });
    }

    @Test
    @DisplayName("what the ACLs allow flows: the node writes heartbeats, the registry reads them in its group")
    void allowed() throws Exception {
        EventEnvelope<NodeHeartbeatPayload> beat = Events.heartbeat("postgres-adapter-001", 1);
        try (KafkaEventBus bus = nodeBus(kafka.clientProperties("node-service"))) {
            bus.publish(HEARTBEAT, beat).get(30, TimeUnit.SECONDS);
        }
        RecordingDispatcher registry = new RecordingDispatcher(List.of(HEARTBEAT));
        List<RuntimeException> stops = new CopyOnWriteArrayList<>();
        try (OnexConsumerRunner runner = runner("registry-service", registry, "registry-monitor", stops).build().start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> registry.received().stream()
                    .anyMatch(r -> r.event().eventId().equals(beat.eventId())));
            assertThat(runner.failure()).isEmpty();
        }
        assertThat(stops).isEmpty();
    }

    @Test
    @DisplayName("a denied write fails with PublishDeniedException naming the topic and the principal, and does not open the breaker")
    void publishDenied() throws Exception {
        try (KafkaEventBus bus = nodeBus(kafka.clientProperties("node-service"))) {
            bus.publish(HEARTBEAT, Events.heartbeat("postgres-adapter-001", 1)).get(30, TimeUnit.SECONDS);
            for (int i = 0; i < 5; i++) {
                CompletableFuture<PublishResult> denied = bus.publish(OnexTopics.REGISTRY_NODE_REGISTERED_V1,
                        EventEnvelope.create(OnexTopics.REGISTRY_NODE_REGISTERED_V1.eventType(), "node/postgres-adapter",
                                new NodeRegisteredPayload("postgres-adapter-001", "reg-abc123", "postgres-adapter-001-prod",
                                        "uuid-xyz789", EventEnvelope.now(), 90)));
                assertThatThrownBy(() -> denied.get(30, TimeUnit.SECONDS)).cause()
                        .isInstanceOf(PublishDeniedException.class)
                        .hasMessageContaining("was denied on onex.registry.node.registered.v1")
                        .hasMessageContaining("does not authorize principal User:node-service to write it")
                        .hasCauseInstanceOf(TopicAuthorizationException.class)
                        .satisfies(e -> {
                            PublishDeniedException d = (PublishDeniedException) e;
                            assertThat(d.topic()).isEqualTo("onex.registry.node.registered.v1");
                            assertThat(d.principal()).hasValue("User:node-service");
                        });
            }
            assertThat(bus.circuitBreaker().state()).as("a denial is no broker outage").isEqualTo(CircuitState.CLOSED);
            assertThat(bus.circuitBreaker().consecutiveFailures()).isZero();
            assertThat(bus.publish(HEARTBEAT, Events.heartbeat("postgres-adapter-001", 2))).as("the bus still works")
                    .succeedsWithin(Duration.ofSeconds(30));
        }
    }

    @Test
    @DisplayName("a runner denied its group stops with ConsumeDeniedException naming the group and the principal")
    void groupDenied() throws Exception {
        List<RuntimeException> stops = new CopyOnWriteArrayList<>();
        RecordingDispatcher dispatcher = new RecordingDispatcher(List.of(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1));
        try (OnexConsumerRunner runner = runner("node-service", dispatcher, "pg-001", stops).build().start()) {
            assertThatThrownBy(() -> runner.awaitAssignment(Duration.ofSeconds(60))).isInstanceOf(ConsumeDeniedException.class)
                    .hasMessageContaining("consumer runner pg-001-onex-v1 stopped")
                    .hasMessageContaining("does not authorize principal User:node-service to use consumer group pg-001-onex-v1")
                    .hasCauseInstanceOf(GroupAuthorizationException.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> !runner.isRunning());
            ConsumeDeniedException denied = (ConsumeDeniedException) runner.failure().orElseThrow();
            assertThat(denied.group()).isEqualTo("pg-001-onex-v1");
            assertThat(denied.topics()).isEmpty();
            assertThat(denied.principal()).hasValue("User:node-service");
            assertThat(stops).containsExactly(denied);
        }
    }

    @Test
    @DisplayName("a node whose id does not fit its contract's group prefix listens under a chosen group")
    void nodeListensUnderAChosenGroup() throws Exception {
        Map<String, Object> client = kafka.clientProperties("node-service");
        try (OnexNode denied = OnexNode.builder(nodeBus(client), "pg-001", NodeType.EFFECT).nodeVersion("1.0.0")
                        .listenForIntrospectionRequests(client).closeBusOnClose().build().start();
                OnexNode allowed = OnexNode.builder(nodeBus(client), "pg-001", NodeType.EFFECT).nodeVersion("1.0.0")
                        .listenForIntrospectionRequests(client).requestListenerService("postgres-adapter-pg-001")
                        .closeBusOnClose().build().start()) {
            assertThatThrownBy(() -> denied.requestListener().orElseThrow().awaitAssignment(Duration.ofSeconds(60)))
                    .isInstanceOf(ConsumeDeniedException.class).hasMessageContaining("consumer group pg-001-onex-v1");
            assertThat(allowed.requestListener().orElseThrow().awaitAssignment(Duration.ofSeconds(60))).isTrue();
            assertThat(allowed.requestListener().orElseThrow().groupId()).isEqualTo("postgres-adapter-pg-001-onex-v1");
        }
    }

    @Test
    @DisplayName("a runner denied a topic stops with ConsumeDeniedException naming the topic")
    void topicDenied() throws Exception {
        List<RuntimeException> stops = new CopyOnWriteArrayList<>();
        RecordingDispatcher dispatcher = new RecordingDispatcher(List.of(HEARTBEAT, OnexTopics.REGISTRY_NODE_REGISTERED_V1));
        try (OnexConsumerRunner runner = runner("registry-service", dispatcher, "registry-monitor", stops).build().start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> runner.failure().isPresent());
            assertThat(runner.failure().orElseThrow()).isInstanceOf(ConsumeDeniedException.class)
                    .hasMessageContaining("does not authorize principal User:registry-service to read topic"
                            + " onex.registry.node.registered.v1")
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
            ConsumeDeniedException denied = (ConsumeDeniedException) runner.failure().orElseThrow();
            assertThat(denied.topics()).containsExactly("onex.registry.node.registered.v1");
            assertThat(denied.group()).isEqualTo("registry-monitor-onex-v1");
            await().atMost(Duration.ofSeconds(30)).until(() -> !runner.isRunning());
            assertThat(stops).containsExactly(denied);
        }
    }

    @Test
    @DisplayName("a runner denied its dead-letter topic stops instead of retrying the failed record forever")
    void deadLetterDenied() throws Exception {
        String topic = OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1.topicName();
        Kafka.sendRaw(kafka.clientProperties(), topic, "node-before", OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1.codec()
                .encode(Events.shutdown("node-before")));
        Kafka.sendRaw(kafka.clientProperties(), topic, "poison", "not json".getBytes(StandardCharsets.UTF_8));
        List<RuntimeException> stops = new CopyOnWriteArrayList<>();
        RecordingDispatcher dispatcher = new RecordingDispatcher(List.of(OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1));
        try (OnexConsumerRunner runner = runner("registry-service", dispatcher, "registry-monitor", stops)
                .deadLetterTopic("registry-monitor.dlt").retryBackoff(Duration.ofMillis(100)).build().start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> runner.failure().isPresent());
            ConsumeDeniedException denied = (ConsumeDeniedException) runner.failure().orElseThrow();
            assertThat(denied).hasMessageContaining("does not authorize principal User:registry-service to write its"
                    + " dead-letter topic registry-monitor.dlt");
            assertThat(denied.topics()).containsExactly("registry-monitor.dlt");
            assertThat(runner.failureCount()).as("tried once, not in a loop").isEqualTo(1);
            assertThat(dispatcher.received()).hasSize(1);
        }
    }

    @Test
    @DisplayName("refused credentials fail a publish and stop a runner, each naming the principal")
    void credentialsRefused() {
        Map<String, Object> wrong = kafka.clientProperties("node-service", "not-the-password");
        try (KafkaEventBus bus = nodeBus(wrong)) {
            CompletableFuture<PublishResult> f = bus.publish(HEARTBEAT, Events.heartbeat("postgres-adapter-001", 1));
            assertThatThrownBy(() -> f.get(60, TimeUnit.SECONDS)).cause().isInstanceOf(PublishDeniedException.class)
                    .hasMessageContaining("the cluster refused the credentials of principal User:node-service")
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
            assertThat(bus.circuitBreaker().state()).isEqualTo(CircuitState.CLOSED);
        }
        try (OnexConsumerRunner runner = OnexConsumerRunner.builder(wrong,
                new RecordingDispatcher(List.of(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1))).service("postgres-adapter-001")
                .topicMode(TopicMode.ONEX).meterRegistry(new SimpleMeterRegistry()).build().start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> runner.failure().isPresent());
            assertThat(runner.failure().orElseThrow()).isInstanceOf(ConsumeDeniedException.class)
                    .hasMessageContaining("the cluster refused the credentials of principal User:node-service")
                    .hasMessageNotContaining("not-the-password");
        }
    }
}
