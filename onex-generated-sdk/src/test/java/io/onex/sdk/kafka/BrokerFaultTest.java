package io.onex.sdk.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.onex.events.CircuitBreakerStateChangedPayload;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.OnexTopics;
import io.onex.rules.TopicMode;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.PublishResult;
import io.onex.sdk.node.InfraEvents;
import io.onex.sdk.resilience.CircuitState;
import io.onex.sdk.resilience.CircuitTransition;
import io.onex.sdk.testing.Events;
import io.onex.sdk.testing.Kafka;
import io.onex.sdk.testing.RecordingDispatcher;
import io.onex.testkit.KafkaBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Broker outages: the broker is stopped and started again on the same log directory and ports. */
class BrokerFaultTest {

    @RegisterExtension
    static final KafkaBroker kafka = KafkaBroker.plaintext();

    @AfterEach
    void brokerBackUp() {
        kafka.embedded().start();
    }

    private static final OnexTopic<NodeHeartbeatPayload> HEARTBEAT = OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1;

    private static EventEnvelope<NodeHeartbeatPayload> ping(String node, long seq) {
        return Events.heartbeat(node, seq);
    }

    private static KafkaEventBusConfig.Builder config(String tenant) {
        return KafkaEventBusConfig.builder(kafka.clientProperties(), "node/fault-test").topicMode(TopicMode.ONEX)
                .tenant(tenant).meterRegistry(new SimpleMeterRegistry());
    }

    @Test
    @DisplayName("across a broker restart the breaker opens and closes with its events, and every acknowledged event is stored exactly once")
    void restartMidStream() throws Exception {
        String tenant = "restart";
        String topic = tenant + ".onex.node.heartbeat.published.v1";
        kafka.createTopics(3, topic, tenant + "." + KafkaEventBusConfig.CIRCUIT_BREAKER_TOPIC);

        List<CircuitTransition> transitions = new CopyOnWriteArrayList<>();
        Map<UUID, Boolean> acknowledged = new ConcurrentHashMap<>();
        Map<UUID, Boolean> refused = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        KafkaEventBus bus = config(tenant).failureThreshold(3).resetTimeout(Duration.ofMillis(500))
                .deliveryTimeout(Duration.ofSeconds(3)).maxInFlightEvents(100_000).buildBus();
        bus.addCircuitBreakerListener(transitions::add);
        CircuitBreakerEvents<CircuitBreakerStateChangedPayload> stateEvents = InfraEvents.publishCircuitBreakerTransitions(bus);

        Thread publisher = new Thread(() -> {
            long seq = 0;
            while (running.get()) {
                EventEnvelope<NodeHeartbeatPayload> e = ping("node-" + (seq % 7), seq++);
                bus.publish(HEARTBEAT, e).whenComplete((r, error) -> {
                    if (error == null) {
                        acknowledged.put(e.eventId(), true);
                    } else if (error.getCause() instanceof PublishRejectedException
                            || error instanceof PublishRejectedException) {
                        refused.put(e.eventId(), true);
                    }
                });
                try {
                    Thread.sleep(5);
                } catch (InterruptedException ex) {
                    return;
                }
            }
        }, "fault-test-publisher");
        publisher.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 50);
            kafka.embedded().stop();
            await().atMost(Duration.ofSeconds(60)).until(() -> bus.circuitBreaker().state() == CircuitState.OPEN);
            await().atMost(Duration.ofSeconds(60)).until(() -> !refused.isEmpty());
            int acknowledgedWhileDown = acknowledged.size();
            kafka.embedded().start();
            await().atMost(Duration.ofSeconds(120)).until(() -> bus.circuitBreaker().state() == CircuitState.CLOSED);
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= acknowledgedWhileDown + 50);
        } finally {
            running.set(false);
            publisher.join();
        }
        CloseReport report = bus.close(Duration.ofSeconds(30));
        assertThat(report.isClean()).as("everything accepted after recovery was flushed: " + report).isTrue();

        assertThat(transitions).extracting(CircuitTransition::newState).startsWith(CircuitState.OPEN)
                .endsWith(CircuitState.CLOSED).contains(CircuitState.HALF_OPEN);

        // Consumed afterwards, every acknowledged event arrives exactly once; nothing is duplicated.
        RecordingDispatcher audit = new RecordingDispatcher(List.of(HEARTBEAT));
        try (OnexConsumerRunner runner = OnexConsumerRunner.builder(kafka.clientProperties(), audit).service("fault-audit")
                .topicMode(TopicMode.ONEX).tenant(tenant).meterRegistry(new SimpleMeterRegistry()).build().start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> audit.received().size() >= acknowledged.size()
                    && runner.lag(HEARTBEAT.topicName()).orElse(-1) == 0);
        }
        Map<UUID, Long> counts = audit.received().stream().collect(Collectors.groupingBy(
                r -> r.event().eventId(), Collectors.counting()));
        for (UUID id : acknowledged.keySet()) {
            assertThat(counts.get(id)).as("deliveries of acknowledged event " + id).isEqualTo(1L);
        }
        assertThat(counts.values()).allMatch(c -> c == 1L);
        assertThat(counts.keySet()).doesNotContainAnyElementsOf(refused.keySet());

        // The breaker's state events reached the broker, the OPEN one included, once the broker was back.
        assertThat(stateEvents.unacknowledged()).isEmpty();
        List<ConsumerRecord<String, byte[]>> states = Kafka.readAll(kafka.clientProperties(),
                List.of(tenant + "." + KafkaEventBusConfig.CIRCUIT_BREAKER_TOPIC), transitions.size());
        Set<String> stateChanges = states.stream().map(r -> {
            CircuitBreakerStateChangedPayload p = OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1.codec().decode(r.value()).payload();
            return p.previousState() + "->" + p.newState();
        }).collect(Collectors.toSet());
        assertThat(stateChanges).contains("CLOSED->OPEN", "OPEN->HALF_OPEN", "HALF_OPEN->CLOSED");
        assertThat(states).extracting(ConsumerRecord::key).containsOnly("node/fault-test");
    }

    @Test
    @DisplayName("with the broker down the bounded buffer fills and the next publish gets a BackPressureException")
    void backPressureWhileBrokerDown() throws Exception {
        String tenant = "pressure";
        kafka.createTopics(3, tenant + ".onex.node.heartbeat.published.v1");
        try (KafkaEventBus bus = config(tenant).maxInFlightEvents(5).deliveryTimeout(Duration.ofSeconds(60))
                .maxBlock(Duration.ofSeconds(60)).buildBus()) {
            bus.publish(HEARTBEAT, ping("warm-up", 0)).get(30, TimeUnit.SECONDS);
            kafka.embedded().stop();
            // publish may block while the producer has no metadata for the stopped broker, so publish from other threads
            List<CompletableFuture<PublishResult>> pending = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                EventEnvelope<NodeHeartbeatPayload> e = ping("n" + i, i);
                pending.add(CompletableFuture.supplyAsync(() -> bus.publish(HEARTBEAT, e)).thenCompose(f -> f));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> bus.queueDepth() == 5);
            CompletableFuture<PublishResult> sixth = bus.publish(HEARTBEAT, ping("n6", 6));
            assertThatThrownBy(sixth::join).hasCauseInstanceOf(BackPressureException.class);

            kafka.embedded().start();
            for (CompletableFuture<PublishResult> f : pending) {
                assertThat(f).succeedsWithin(Duration.ofSeconds(60));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> bus.queueDepth() == 0);
            assertThat(bus.publish(HEARTBEAT, ping("n7", 7))).succeedsWithin(Duration.ofSeconds(60));
        }
    }

    @Test
    @DisplayName("closing while the broker is down reports each unsent event with its reason")
    void closeReportsUnsentWhenBrokerDown() throws Exception {
        String tenant = "unsent";
        kafka.createTopics(3, tenant + ".onex.node.heartbeat.published.v1");
        KafkaEventBus bus = config(tenant).deliveryTimeout(Duration.ofSeconds(60)).maxBlock(Duration.ofSeconds(60)).buildBus();
        bus.publish(HEARTBEAT, ping("warm-up", 0)).get(30, TimeUnit.SECONDS);
        kafka.embedded().stop();
        List<EventEnvelope<NodeHeartbeatPayload>> events = List.of(ping("a", 1), ping("b", 2), ping("c", 3));
        // publish may block while the producer has no metadata for the stopped broker, so publish from other threads
        List<CompletableFuture<PublishResult>> futures = events.stream()
                .map(e -> CompletableFuture.supplyAsync(() -> bus.publish(HEARTBEAT, e)).thenCompose(f -> f))
                .toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> bus.queueDepth() == 3);

        CloseReport report = bus.close(Duration.ofSeconds(1));
        assertThat(report.isClean()).isFalse();
        Map<UUID, UnsentEvent> unsent = report.unsent().stream().collect(Collectors.toMap(UnsentEvent::eventId, Function.identity()));
        assertThat(unsent.keySet()).containsExactlyInAnyOrderElementsOf(events.stream().map(EventEnvelope::eventId).toList());
        assertThat(unsent.values()).allSatisfy(u -> {
            assertThat(u.topic()).isEqualTo("onex.node.heartbeat.published.v1");
            assertThat(u.reason()).isNotBlank();
        });
        assertThat(unsent.get(events.get(0).eventId()).key()).isEqualTo("a");
        for (CompletableFuture<PublishResult> f : futures) {
            assertThatThrownBy(() -> f.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(PublishFailedException.class);
        }
    }
}
