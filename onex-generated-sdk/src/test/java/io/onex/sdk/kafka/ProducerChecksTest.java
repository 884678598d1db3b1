package io.onex.sdk.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.NodeType;
import io.onex.events.OnexTopics;
import io.onex.events.serde.NodeHeartbeatPublishedV1Serdes;
import io.onex.rules.TopicMode;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.InMemoryEventBus;
import io.onex.sdk.OnexValidationException;
import io.onex.sdk.testing.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way the SDK produces a record checks the envelope against the topic's schemas before anything is written:
 * the Kafka bus, the in-memory bus, and the generated value and key serializers.
 */
class ProducerChecksTest {

    private static void unwrap(Runnable call) {
        try {
            call.run();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    static Stream<Arguments> invalidEnvelopes() {
        EventEnvelope<NodeHeartbeatPayload> valid = Events.heartbeat("postgres-adapter-001", 1);
        @SuppressWarnings({"unchecked", "rawtypes"})
        EventEnvelope<NodeHeartbeatPayload> foreignPayload = new EventEnvelope(valid.eventId(), valid.eventType(),
                valid.source(), valid.correlationId(), valid.timestamp(), Events.shutdown("postgres-adapter-001").payload());
        return Stream.of(
                Arguments.of("an event_type of another topic", new EventEnvelope<>(valid.eventId(),
                        "onex.node.shutdown.announced", valid.source(), valid.correlationId(), valid.timestamp(),
                        valid.payload()), "event_type", "const", "\"onex.node.shutdown.announced\" is not the event type of"
                        + " onex.node.heartbeat.published.v1"),
                Arguments.of("a payload of another topic, slipped in by an unchecked cast", foreignPayload, "payload", "type",
                        "a io.onex.events.NodeShutdownPayload is not the payload of onex.node.heartbeat.published.v1,"
                        + " which carries io.onex.events.NodeHeartbeatPayload"),
                Arguments.of("a timestamp after year 9999", new EventEnvelope<>(valid.eventId(), valid.eventType(),
                        valid.source(), valid.correlationId(), Instant.parse("+10000-01-01T00:00:00Z"), valid.payload()),
                        "timestamp", "format", "+10000-01-01T00:00:00Z is outside the years 0000 to 9999"),
                Arguments.of("a timestamp before year 0", new EventEnvelope<>(valid.eventId(), valid.eventType(),
                        valid.source(), valid.correlationId(), Instant.parse("-0001-12-31T23:00:00Z"), valid.payload()),
                        "timestamp", "format", "is outside the years 0000 to 9999"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEnvelopes")
    @DisplayName("an envelope every consumer would refuse is refused on every producing path, naming the field and the rule")
    void refusedOnEveryPath(String what, EventEnvelope<NodeHeartbeatPayload> event, String field, String rule, String reason) {
        NodeHeartbeatPublishedV1Serdes.ValueSerializer value = new NodeHeartbeatPublishedV1Serdes.ValueSerializer();
        NodeHeartbeatPublishedV1Serdes.KeySerializer key = new NodeHeartbeatPublishedV1Serdes.KeySerializer();
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        KafkaEventBus kafka = new KafkaEventBus(KafkaEventBusConfig.builder("127.0.0.1:1", "node/test")
                .topicMode(TopicMode.ONEX).meterRegistry(new SimpleMeterRegistry()).build(), producer);
        InMemoryEventBus memory = new InMemoryEventBus();
        try {
            List<Runnable> paths = List.of(
                    () -> unwrap(() -> kafka.publish(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, event).join()),
                    () -> unwrap(() -> memory.publish(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, event).join()),
                    () -> value.serialize("onex.node.heartbeat.published.v1", event),
                    () -> key.serialize("onex.node.heartbeat.published.v1", event));
            for (int i = 0; i < paths.size(); i++) {
                assertThatThrownBy(paths.get(i)::run).as(what + ", path " + i).isInstanceOf(OnexValidationException.class)
                        .hasMessageContaining(reason)
                        .satisfies(e -> {
                            assertThat(((OnexValidationException) e).field()).isEqualTo(field);
                            assertThat(((OnexValidationException) e).rule()).isEqualTo(rule);
                        });
            }
            assertThat(producer.history()).isEmpty();
            assertThat(memory.records(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.topicName())).isEmpty();
        } finally {
            kafka.close(Duration.ZERO);
        }
    }

    @Test
    @DisplayName("the same envelope made valid passes every path")
    void validPasses() {
        EventEnvelope<NodeHeartbeatPayload> event = Events.heartbeat("postgres-adapter-001", 1);
        assertThat(new NodeHeartbeatPublishedV1Serdes.ValueSerializer().serialize("t", event)).isNotEmpty();
        assertThat(new NodeHeartbeatPublishedV1Serdes.KeySerializer().serialize("t", event)).asString()
                .isEqualTo("postgres-adapter-001");
        assertThat(new InMemoryEventBus().publish(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, event)).isCompleted();
    }

    @Test
    @DisplayName("a payload or an envelope that breaks its schema cannot even be built, so no path can send one")
    void invalidValuesCannotBeBuilt() {
        assertThatThrownBy(() -> new NodeHeartbeatPayload("n1", NodeType.EFFECT, null, 1, null, null, 101.0))
                .isInstanceOf(OnexValidationException.class).hasMessage("cpu_usage_percent: must be <= 100 but is 101.0 (maximum)");
        assertThatThrownBy(() -> new NodeHeartbeatPayload("", NodeType.EFFECT, null, 1, null, null, null))
                .isInstanceOf(OnexValidationException.class).hasMessageContaining("node_id").hasMessageEndingWith("(minLength)");
        assertThatThrownBy(() -> NodeHeartbeatPayload.builder().nodeId("n1").uptimeSeconds(1L).build())
                .isInstanceOf(OnexValidationException.class).hasMessageContaining("node_type").hasMessageEndingWith("(required)");
        assertThatThrownBy(() -> new EventEnvelope<>(UUID.randomUUID(), "onex.node.heartbeat.published", "",
                UUID.randomUUID(), Instant.now(), Events.heartbeat("n1", 1).payload()))
                .isInstanceOf(OnexValidationException.class).hasMessageContaining("source").hasMessageEndingWith("(minLength)");
    }
}
