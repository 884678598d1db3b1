package io.onex.sdk.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.onex.rules.TopicMode;
import io.onex.events.CircuitBreakerStateChangedPayload;
import io.onex.events.ErrorDetectedPayload;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.OnexTopics;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.NonCatalogTopicException;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.OnexValidationException;
import io.onex.sdk.PublishResult;
import io.onex.sdk.node.InfraEvents;
import io.onex.sdk.resilience.CircuitState;
import io.onex.sdk.resilience.CircuitTransition;
import io.onex.sdk.testing.Events;
import io.onex.sdk.testing.HandMadeTopics;
import io.onex.sdk.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bus's own logic against Kafka's {@link MockProducer}, where every acknowledgement is under the test's control. */
class KafkaEventBusTest {

    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:30:00Z"));
    private KafkaEventBus bus;

    private KafkaEventBus bus(Consumer<KafkaEventBusConfig.Builder> customizer) {
        KafkaEventBusConfig.Builder b = KafkaEventBusConfig.builder("127.0.0.1:1", "node/test")
                .topicMode(TopicMode.ONEX).meterRegistry(registry).clock(clock);
        customizer.accept(b);
        bus = new KafkaEventBus(b.build(), producer);
        return bus;
    }

    @AfterEach
    void closeBus() {
        if (bus != null) {
            bus.close(Duration.ZERO);
        }
    }

    private static final OnexTopic<NodeHeartbeatPayload> HEARTBEAT = OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1;

    private static EventEnvelope<NodeHeartbeatPayload> ping(String node, long seq) {
        return Events.heartbeat(node, seq);
    }

    private static String header(ProducerRecord<String, byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the key, the topic and the ONEX headers come from the topic and the envelope")
    void keyTopicHeaders() throws Exception {
        bus(b -> { });
        EventEnvelope<NodeHeartbeatPayload> event = ping("postgres-adapter-001", 1);
        CompletableFuture<PublishResult> f = bus.publish(HEARTBEAT, event);
        producer.completeNext();
        PublishResult result = f.get(10, TimeUnit.SECONDS);
        assertThat(result.topic()).isEqualTo("onex.node.heartbeat.published.v1");
        assertThat(result.key()).isEqualTo("postgres-adapter-001");
        ProducerRecord<String, byte[]> sent = producer.history().get(0);
        assertThat(sent.key()).isEqualTo("postgres-adapter-001");
        assertThat(sent.timestamp()).isEqualTo(event.timestamp().toEpochMilli());
        assertThat(header(sent, "event_type")).isEqualTo("onex.node.heartbeat.published");
        assertThat(header(sent, "correlation_id")).isEqualTo(event.correlationId().toString());
        assertThat(header(sent, "schema_version")).isEqualTo("1");
        assertThat(HEARTBEAT.codec().decode(sent.value())).isEqualTo(event);
    }

    @Test
    @DisplayName("an event whose key is blank is refused before anything is sent, naming the key field")
    void refusesBlankKey() {
        bus(b -> { });
        CompletableFuture<PublishResult> f = bus.publish(HEARTBEAT, ping(" ", 1));
        assertThatThrownBy(f::join).hasCauseInstanceOf(OnexValidationException.class)
                .hasMessageContaining("node_id: the Kafka key of onex.node.heartbeat.published.v1 is blank");
        assertThat(producer.history()).isEmpty();
        assertThat(registry.get("publish_rejected").tag("reason", "invalid").counter().count()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("the keying rule's check refuses a missing key too, naming the key field and the topic")
    void requireKeyRefusesMissingKey() {
        OnexTopic<NodeHeartbeatPayload> keyless = HandMadeTopics.heartbeatKeyedBy(e -> null);
        assertThatThrownBy(() -> keyless.requireKey(ping("n1", 1))).isInstanceOf(OnexValidationException.class)
                .hasMessageContaining("node_id: the Kafka key of onex.node.heartbeat.published.v1 is missing");
    }

    @Test
    @DisplayName("a topic that is not a catalog constant is refused before anything is sent, naming the topic")
    void refusesTopicsOutsideTheCatalog() {
        bus(b -> { });
        for (OnexTopic<NodeHeartbeatPayload> topic : HandMadeTopics.all()) {
            CompletableFuture<PublishResult> f = bus.publish(topic, ping("n1", 1));
            assertThatThrownBy(f::join).as(topic.toString()).cause().isInstanceOf(NonCatalogTopicException.class)
                    .hasMessageContaining("topic: \"" + topic.topicName() + "\"")
                    .hasMessageContaining("io.onex.events.OnexTopics")
                    .hasMessageEndingWith("(catalog)");
        }
        assertThatThrownBy(bus.publish(HandMadeTopics.COPIED_NAME, ping("n1", 1))::join).cause()
                .hasMessageContaining("is a hand-made topic object, not the catalog constant"
                        + " io.onex.events.OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1");
        assertThatThrownBy(bus.publish(HandMadeTopics.UNKNOWN_NAME, ping("n1", 1))::join).cause()
                .hasMessageContaining("\"onex.node.ping.published.v1\" is not a topic of the ONEX catalog");
        assertThat(producer.history()).isEmpty();
        assertThat(registry.get("publish_rejected").tag("reason", "invalid").counters())
                .extracting(c -> c.getId().getTag("topic") + "=" + c.count())
                .containsExactlyInAnyOrder("onex.node.ping.published.v1=2.0", "onex.node.heartbeat.published.v1=3.0");
    }

    @Test
    @DisplayName("an envelope with another topic's event_type is refused before sending: every consumer would refuse it")
    void refusesForeignEventType() {
        bus(b -> { });
        EventEnvelope<NodeHeartbeatPayload> foreign = EventEnvelope.create("onex.node.shutdown.announced", "node/x",
                ping("node-1", 1).payload());
        CompletableFuture<PublishResult> f = bus.publish(HEARTBEAT, foreign);
        assertThatThrownBy(f::join).hasCauseInstanceOf(OnexValidationException.class)
                .hasMessageContaining("event_type: \"onex.node.shutdown.announced\" is not the event type of"
                        + " onex.node.heartbeat.published.v1, \"onex.node.heartbeat.published\"");
        assertThat(producer.history()).isEmpty();
    }

    @Test
    @DisplayName("in DUAL mode one event becomes one record per name and completes when both are acknowledged")
    void dualWritesBoth() throws Exception {
        bus(b -> b.topicMode(TopicMode.DUAL).tenant("tenant-7"));
        CompletableFuture<PublishResult> f = bus.publish(HEARTBEAT, ping("n1", 1));
        assertThat(producer.history()).extracting(ProducerRecord::topic)
                .containsExactly("tenant-7.onex.node.heartbeat.published.v1", "tenant-7.node.heartbeat");
        assertThat(producer.history().get(0).value()).isEqualTo(producer.history().get(1).value());
        producer.completeNext();
        assertThat(f).isNotDone();
        producer.completeNext();
        assertThat(f.get(10, TimeUnit.SECONDS).topic()).isEqualTo("tenant-7.onex.node.heartbeat.published.v1");
    }

    /** A stand-in for the registry format: prefixes the JSON and names the canonical topic in a header. */
    private static class TaggingWireFormat implements WireFormat {
        final List<String> topics = new ArrayList<>();
        boolean closed;

        @Override
        public byte[] toWire(io.onex.sdk.OnexTopic<?> topic, org.apache.kafka.common.header.Headers headers, byte[] json) {
            topics.add(topic.topicName());
            headers.add("wire.topic", topic.topicName().getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[json.length + 1];
            out[0] = 0;
            System.arraycopy(json, 0, out, 1, json.length);
            return out;
        }

        @Override
        public byte[] fromWire(String topic, org.apache.kafka.common.header.Headers headers, byte[] value) {
            return java.util.Arrays.copyOfRange(value, 1, value.length);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    @DisplayName("a configured wire format wraps the codec's JSON once per event and its headers go on every record")
    void wireFormatWrapsEveryRecord() throws Exception {
        TaggingWireFormat wire = new TaggingWireFormat();
        bus(b -> b.topicMode(TopicMode.DUAL).tenant("tenant-7").wireFormat(wire));
        EventEnvelope<NodeHeartbeatPayload> event = ping("n1", 1);
        bus.publish(HEARTBEAT, event);

        assertThat(wire.topics).containsExactly("onex.node.heartbeat.published.v1");
        assertThat(producer.history()).hasSize(2).allSatisfy(r -> {
            assertThat(r.value()[0]).isZero();
            assertThat(HEARTBEAT.codec().decode(wire.fromWire(r.topic(), r.headers(), r.value()))).isEqualTo(event);
            assertThat(header(r, "wire.topic")).isEqualTo("onex.node.heartbeat.published.v1");
            assertThat(header(r, "event_type")).isEqualTo("onex.node.heartbeat.published");
        });
        bus.close(Duration.ZERO);
        assertThat(wire.closed).isTrue();
    }

    @Test
    @DisplayName("an unreachable registry fails the event's future and sends nothing")
    void wireFormatUnavailable() {
        bus(b -> b.wireFormat(new TaggingWireFormat() {
            @Override
            public byte[] toWire(io.onex.sdk.OnexTopic<?> topic, org.apache.kafka.common.header.Headers headers, byte[] json) {
                throw new WireFormatUnavailableException("registry down", new java.net.ConnectException());
            }
        }));
        CompletableFuture<PublishResult> f = bus.publish(HEARTBEAT, ping("n1", 1));
        assertThat(f).isCompletedExceptionally();
        assertThatThrownBy(f::join).hasCauseInstanceOf(WireFormatUnavailableException.class);
        assertThat(producer.history()).isEmpty();
        assertThat(registry.get("publish_rejected").tag("reason", "registry_unavailable").counter().count()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("when the buffer is full the caller gets a BackPressureException and a freed slot is reused")
    void backPressure() throws Exception {
        bus(b -> b.maxInFlightEvents(3));
        List<CompletableFuture<PublishResult>> accepted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            accepted.add(bus.publish(HEARTBEAT, ping("n" + i, i)));
        }
        CompletableFuture<PublishResult> rejected = bus.publish(HEARTBEAT, ping("n9", 9));
        assertThat(rejected).isCompletedExceptionally();
        assertThatThrownBy(rejected::join).hasCauseInstanceOf(BackPressureException.class)
                .hasMessageContaining("3 events are already waiting");
        assertThat(bus.queueDepth()).isEqualTo(3);
        assertThat(registry.get("event_queue_depth").gauge().value()).isEqualTo(3.0);
        assertThat(producer.history()).hasSize(3);

        producer.completeNext();
        accepted.get(0).get(10, TimeUnit.SECONDS);
        CompletableFuture<PublishResult> next = bus.publish(HEARTBEAT, ping("n10", 10));
        assertThat(next).isNotCompletedExceptionally();
        assertThat(registry.get("publish_rejected").tag("reason", "back_pressure").counter().count()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("the breaker opens after consecutive failures, fails fast, and one trial after the reset timeout closes it")
    void circuitBreaker() throws Exception {
        List<CircuitTransition> transitions = new CopyOnWriteArrayList<>();
        bus(b -> b.failureThreshold(2).resetTimeout(Duration.ofSeconds(30)));
        bus.addCircuitBreakerListener(transitions::add);

        CompletableFuture<PublishResult> a = bus.publish(HEARTBEAT, ping("a", 1));
        CompletableFuture<PublishResult> b = bus.publish(HEARTBEAT, ping("b", 2));
        producer.errorNext(new TimeoutException("broker down"));
        producer.errorNext(new TimeoutException("broker down"));
        assertThatThrownBy(() -> a.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(PublishFailedException.class)
                .hasRootCauseInstanceOf(TimeoutException.class);
        assertThat(b).failsWithin(Duration.ofSeconds(10));
        assertThat(bus.circuitBreaker().state()).isEqualTo(CircuitState.OPEN);
        assertThat(registry.get("circuit_breaker_open_count").gauge().value()).isEqualTo(1.0);

        CompletableFuture<PublishResult> refused = bus.publish(HEARTBEAT, ping("c", 3));
        assertThatThrownBy(refused::join).hasCauseInstanceOf(CircuitBreakerOpenException.class);
        assertThat(producer.history()).as("nothing sent while open").hasSize(2);

        clock.advance(Duration.ofSeconds(30));
        CompletableFuture<PublishResult> trial = bus.publish(HEARTBEAT, ping("d", 4));
        assertThat(bus.circuitBreaker().state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThatThrownBy(() -> bus.publish(HEARTBEAT, ping("e", 5)).join())
                .hasCauseInstanceOf(CircuitBreakerOpenException.class);
        producer.completeNext();
        trial.get(10, TimeUnit.SECONDS);
        assertThat(bus.circuitBreaker().state()).isEqualTo(CircuitState.CLOSED);
        assertThat(registry.get("circuit_breaker_open_count").gauge().value()).isZero();

        await().atMost(Duration.ofSeconds(10)).until(() -> transitions.size() == 3);
        assertThat(transitions).extracting(CircuitTransition::newState)
                .containsExactly(CircuitState.OPEN, CircuitState.HALF_OPEN, CircuitState.CLOSED);
        assertThat(transitions.get(0).serviceName()).isEqualTo("node/test");
        assertThat(transitions.get(0).failureCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("a write the cluster denies fails with PublishDeniedException and neither counts against the breaker nor resets it")
    void denialIsNoOutage() {
        bus(b -> b.failureThreshold(2));
        CompletableFuture<PublishResult> timedOut = bus.publish(HEARTBEAT, ping("a", 1));
        CompletableFuture<PublishResult> denied1 = bus.publish(HEARTBEAT, ping("b", 2));
        CompletableFuture<PublishResult> denied2 = bus.publish(HEARTBEAT, ping("c", 3));
        producer.errorNext(new TimeoutException("broker down"));
        producer.errorNext(new TopicAuthorizationException(Set.of("onex.node.heartbeat.published.v1")));
        producer.errorNext(new TopicAuthorizationException(Set.of("onex.node.heartbeat.published.v1")));
        assertThat(timedOut).failsWithin(Duration.ofSeconds(10));
        assertThatThrownBy(() -> denied1.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(PublishDeniedException.class)
                .hasMessageContaining("was denied on onex.node.heartbeat.published.v1: the cluster does not authorize this"
                        + " client's principal to write it")
                .hasCauseInstanceOf(TopicAuthorizationException.class);
        assertThat(denied2).failsWithin(Duration.ofSeconds(10));
        assertThat(bus.circuitBreaker().state()).isEqualTo(CircuitState.CLOSED);
        assertThat(bus.circuitBreaker().consecutiveFailures()).as("the timeout still counts; the denials did not reset it")
                .isEqualTo(1);

        CompletableFuture<PublishResult> timedOutAgain = bus.publish(HEARTBEAT, ping("d", 4));
        producer.errorNext(new TimeoutException("broker down"));
        assertThat(timedOutAgain).failsWithin(Duration.ofSeconds(10));
        assertThat(bus.circuitBreaker().state()).as("two outage failures in a row").isEqualTo(CircuitState.OPEN);
        assertThat(registry.get("publish_failure").counter().count()).isEqualTo(4.0);
    }

    @Test
    @DisplayName("the breaker's own state topic is published even while the breaker is open")
    void breakerTopicBypassesBreaker() {
        bus(b -> b.failureThreshold(1));
        bus.publish(HEARTBEAT, ping("a", 1));
        producer.errorNext(new TimeoutException("down"));
        assertThat(bus.circuitBreaker().state()).isEqualTo(CircuitState.OPEN);
        OnexTopic<CircuitBreakerStateChangedPayload> stateTopic = OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1;
        CircuitTransition opened = new CircuitTransition("node/test", CircuitState.CLOSED, CircuitState.OPEN, 1,
                Duration.ofSeconds(60), clock.instant());
        CompletableFuture<PublishResult> f = bus.publish(stateTopic, EventEnvelope.create(stateTopic.eventType(),
                "node/test", InfraEvents.payload(opened)));
        assertThat(f).isNotCompletedExceptionally();
        assertThat(producer.history()).last().extracting(ProducerRecord::topic).isEqualTo(KafkaEventBusConfig.CIRCUIT_BREAKER_TOPIC);
    }

    @Test
    @DisplayName("close reports every accepted event that was not acknowledged, with the reason")
    void closeReportsUnsent() {
        bus(b -> { });
        CompletableFuture<PublishResult> acked = bus.publish(HEARTBEAT, ping("a", 1));
        EventEnvelope<NodeHeartbeatPayload> lost1 = ping("b", 2);
        EventEnvelope<NodeHeartbeatPayload> lost2 = ping("c", 3);
        CompletableFuture<PublishResult> f1 = bus.publish(HEARTBEAT, lost1);
        CompletableFuture<PublishResult> f2 = bus.publish(HEARTBEAT, lost2);
        producer.completeNext();
        assertThat(acked).succeedsWithin(Duration.ofSeconds(10));

        CloseReport report = bus.close(Duration.ofMillis(100));
        assertThat(report.isClean()).isFalse();
        assertThat(report.unsent()).extracting(UnsentEvent::eventId)
                .containsExactlyInAnyOrder(lost1.eventId(), lost2.eventId());
        assertThat(report.unsent()).allSatisfy(u -> {
            assertThat(u.topic()).isEqualTo("onex.node.heartbeat.published.v1");
            assertThat(u.reason()).contains("no acknowledgement before the bus closed");
        });
        assertThat(f1).failsWithin(Duration.ofSeconds(10));
        assertThat(f2).failsWithin(Duration.ofSeconds(10));
        assertThat(bus.close(Duration.ZERO)).as("closing again returns the same report").isEqualTo(report);
        assertThatThrownBy(() -> bus.publish(HEARTBEAT, ping("d", 4)).join())
                .hasCauseInstanceOf(BusClosedException.class);
    }

    @Test
    @DisplayName("a bus closed with nothing pending reports a clean close")
    void cleanClose() {
        bus(b -> { });
        bus.publish(HEARTBEAT, ping("a", 1));
        producer.completeNext();
        await().atMost(Duration.ofSeconds(10)).until(() -> bus.queueDepth() == 0);
        assertThat(bus.close(Duration.ofSeconds(1)).isClean()).isTrue();
        assertThat(producer.closed()).isTrue();
    }

    @Test
    @DisplayName("the spec's metrics are registered under their names, with p50 and p99 publish latency")
    void metrics() throws Exception {
        bus(b -> { });
        CompletableFuture<PublishResult> ok = bus.publish(HEARTBEAT, ping("a", 1));
        CompletableFuture<PublishResult> ko = bus.publish(HEARTBEAT, ping("b", 2));
        producer.completeNext();
        producer.errorNext(new TimeoutException("down"));
        ok.get(10, TimeUnit.SECONDS);
        assertThat(ko).failsWithin(Duration.ofSeconds(10));

        Timer latency = registry.get("publish_latency_ms").tag("topic", "onex.node.heartbeat.published.v1")
                .tag("source", "node/test").timer();
        assertThat(latency.count()).isEqualTo(2);
        assertThat(latency.takeSnapshot().percentileValues()).extracting(v -> v.percentile()).containsExactly(0.5, 0.99);
        assertThat(registry.get("publish_success").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("publish_failure").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("publish_success_rate").gauge().value()).isEqualTo(50.0);
        assertThat(registry.get("event_queue_depth").gauge().value()).isZero();
        assertThat(registry.get("circuit_breaker_open_count").gauge().value()).isZero();
    }

    @Test
    @DisplayName("an envelope above the warning size is counted; it is still sent")
    void payloadSizeGuard() {
        int small = HEARTBEAT.codec().encode(ping("small", 1)).length;
        bus(b -> b.payloadWarnBytes(small + 100));
        bus.publish(HEARTBEAT, ping("a".repeat(200), 1));
        bus.publish(HEARTBEAT, ping("small", 1));
        assertThat(producer.history()).hasSize(2);
        assertThat(registry.get("payload_size_exceeded").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("payload_size_bytes").summary().count()).isEqualTo(2);
    }

    @Test
    @DisplayName("settings that would weaken delivery guarantees are refused with the reason")
    void refusesWeakSettings() {
        assertThatThrownBy(() -> KafkaEventBusConfig.builder("h:1", "node/x").clientProperty("acks", "1").build())
                .hasMessageContaining("acks=1").hasMessageContaining("acks=all");
        assertThatThrownBy(() -> KafkaEventBusConfig.builder("h:1", "node/x").clientProperty("enable.idempotence", "false").build())
                .hasMessageContaining("idempotent");
        assertThatThrownBy(() -> KafkaEventBusConfig.builder("h:1", "node/x")
                .clientProperty("value.serializer", StringSerializer.class).build())
                .hasMessageContaining("serializes");
        assertThatThrownBy(() -> KafkaEventBusConfig.builder(Map.of(), "node/x").build())
                .hasMessageContaining("bootstrap.servers");
        assertThatThrownBy(() -> KafkaEventBusConfig.builder("h:1", " ").build()).hasMessageContaining("source");
    }

    @Test
    @DisplayName("the configuration never prints secrets")
    void configToStringHidesSecrets() {
        KafkaEventBusConfig config = KafkaEventBusConfig.builder("h:1", "node/x")
                .clientProperty("sasl.jaas.config", "PlainLoginModule required username=\"u\" password=\"p4ssw0rd\";")
                .clientProperty("ssl.truststore.password", "tr0ust")
                .clientProperty("security.protocol", "SASL_SSL")
                .topicMode(TopicMode.ONEX).build();
        assertThat(config.toString()).doesNotContain("p4ssw0rd").doesNotContain("tr0ust").contains("SASL_SSL");
    }

    @Test
    @DisplayName("producer settings: idempotent, acks=all, lz4, linger 5 ms, request timeout within the delivery timeout")
    void producerProperties() {
        Map<String, Object> p = KafkaEventBus.producerProperties(KafkaEventBusConfig.builder("h:1", "node/x")
                .topicMode(TopicMode.ONEX).deliveryTimeout(Duration.ofSeconds(3)).build());
        assertThat(p).containsEntry("acks", "all").containsEntry("enable.idempotence", true)
                .containsEntry("compression.type", "lz4").containsEntry("linger.ms", 5)
                .containsEntry("delivery.timeout.ms", 3000).containsEntry("request.timeout.ms", 2994);
    }
}
