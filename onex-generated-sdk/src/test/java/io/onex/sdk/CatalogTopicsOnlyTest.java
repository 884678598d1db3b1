package io.onex.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.events.EnumONEXTopic;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.OnexTopics;
import io.onex.events.serde.NodeHeartbeatPublishedV1Serdes;
import io.onex.sdk.kafka.CircuitBreakerEvents;
import io.onex.sdk.kafka.KafkaEventBus;
import io.onex.sdk.kafka.KafkaEventBusConfig;
import io.onex.sdk.kafka.OnexConsumerRunner;
import io.onex.sdk.serde.EnvelopeDeserializer;
import io.onex.sdk.serde.EnvelopeKeySerializer;
import io.onex.sdk.serde.EnvelopeSerde;
import io.onex.sdk.serde.EnvelopeSerializer;
import io.onex.sdk.testing.Events;
import io.onex.sdk.testing.HandMadeTopics;
import io.onex.sdk.testing.RecordingDispatcher;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No way around the catalog: every entry of the public API that takes a topic accepts the constants of
 * {@link OnexTopics} and refuses anything else, naming it. The Kafka bus is checked in {@code KafkaEventBusTest}.
 */
class CatalogTopicsOnlyTest {

    private static void assertRefused(OnexTopic<?> topic, ThrowingCallable call) {
        assertThatThrownBy(call).as(topic.toString()).isInstanceOf(NonCatalogTopicException.class)
                .hasMessageStartingWith("topic: \"" + topic.topicName() + "\"")
                .hasMessageEndingWith("(catalog)")
                .satisfies(e -> {
                    NonCatalogTopicException refused = (NonCatalogTopicException) e;
                    assertThat(refused.topic()).isEqualTo(topic.topicName());
                    assertThat(refused.rule()).isEqualTo("catalog");
                    assertThat(refused.field()).isEqualTo("topic");
                });
    }

    @Test
    @DisplayName("every constant of OnexTopics is a catalog topic, and the enum's topics are the same objects")
    void constantsAreCatalogTopics() {
        assertThat(OnexTopics.ALL).allMatch(OnexTopic::isCatalogTopic);
        for (EnumONEXTopic constant : EnumONEXTopic.values()) {
            assertThat(OnexTopic.requireCatalogTopic(constant.topic())).isSameAs(constant.topic());
        }
    }

    @Test
    @DisplayName("a hand-made descriptor, even one with a catalog name, and any other implementation are not")
    void handMadeTopicsAreNot() {
        for (OnexTopic<NodeHeartbeatPayload> topic : HandMadeTopics.all()) {
            assertThat(OnexTopic.isCatalogTopic(topic)).as(topic.toString()).isFalse();
            assertRefused(topic, () -> OnexTopic.requireCatalogTopic(topic));
        }
    }

    @Test
    @DisplayName("the in-memory bus refuses to publish on them and stores nothing")
    void inMemoryPublish() {
        InMemoryEventBus bus = new InMemoryEventBus();
        for (OnexTopic<NodeHeartbeatPayload> topic : HandMadeTopics.all()) {
            assertRefused(topic, () -> {
                try {
                    bus.publish(topic, Events.heartbeat("n1", 1)).join();
                } catch (CompletionException e) {
                    throw e.getCause();
                }
            });
        }
        assertThat(bus.records(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.topicName())).isEmpty();
        assertThat(bus.records("onex.node.ping.published.v1")).isEmpty();
    }

    @Test
    @DisplayName("the in-memory bus refuses a dispatcher of such topics and a name outside the catalog")
    void inMemorySubscribe() {
        InMemoryEventBus bus = new InMemoryEventBus();
        for (OnexTopic<NodeHeartbeatPayload> topic : HandMadeTopics.all()) {
            assertRefused(topic, () -> bus.subscribe(new RecordingDispatcher(List.of(OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1, topic))));
        }
        assertThatThrownBy(() -> bus.subscribe("onex.node.ping.published.v1", r -> { }))
                .isInstanceOf(NonCatalogTopicException.class).hasMessageContaining("\"onex.node.ping.published.v1\"");
        assertThatThrownBy(() -> bus.subscribe("node.heartbeat", r -> { })).as("a legacy name: records are kept under the canonical one")
                .isInstanceOf(NonCatalogTopicException.class);
        bus.subscribe(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.topicName(), r -> { });
    }

    @Test
    @DisplayName("the consumer runner refuses a dispatcher of such topics before it is built")
    void consumerRunner() {
        for (OnexTopic<NodeHeartbeatPayload> topic : HandMadeTopics.all()) {
            assertRefused(topic, () -> OnexConsumerRunner.builder(Map.of("bootstrap.servers", "127.0.0.1:9"),
                    new RecordingDispatcher(List.of(OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1, topic))));
        }
    }

    @Test
    @DisplayName("the serializer, key serializer, deserializer and serde base classes refuse them when constructed")
    void serdes() {
        List<Function<OnexTopic<NodeHeartbeatPayload>, Object>> constructors = List.of(EnvelopeSerializer::new,
                EnvelopeKeySerializer::new, EnvelopeDeserializer::new, EnvelopeSerde::new);
        for (OnexTopic<NodeHeartbeatPayload> topic : HandMadeTopics.all()) {
            for (Function<OnexTopic<NodeHeartbeatPayload>, Object> constructor : constructors) {
                assertRefused(topic, () -> constructor.apply(topic));
            }
        }
        try (var serializer = new NodeHeartbeatPublishedV1Serdes.ValueSerializer()) {
            assertThat(serializer.serialize("any", Events.heartbeat("n1", 1))).isNotEmpty();
        }
    }

    @Test
    @DisplayName("circuit breaker events refuse a state topic that is not the catalog's")
    void circuitBreakerEvents() {
        try (KafkaEventBus bus = KafkaEventBusConfig.builder("127.0.0.1:9", "node/x").closeTimeout(Duration.ofSeconds(1))
                .breakerExemptTopics(Set.of(HandMadeTopics.UNKNOWN_NAME.topicName())).buildBus()) {
            assertRefused(HandMadeTopics.UNKNOWN_NAME, () -> CircuitBreakerEvents.attach(bus, HandMadeTopics.UNKNOWN_NAME,
                    t -> Events.heartbeat("n1", 1).payload()));
        }
    }
}
