package io.onex.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.sdk.CleanupPolicy;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.TopicDirection;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EnumONEXTopicTest {

    @Test
    @DisplayName("There is one constant per catalog topic of spec section 10, with its key, partitions and retention")
    void twelveTopics() {
        assertThat(EnumONEXTopic.values()).hasSize(12);
        assertThat(OnexTopics.ALL).hasSize(12);
        assertThat(EnumONEXTopic.NODE_HEARTBEAT_PUBLISHED_V1.topicName()).isEqualTo("onex.node.heartbeat.published.v1");
        assertThat(EnumONEXTopic.NODE_HEARTBEAT_PUBLISHED_V1.retention()).isEqualTo(Duration.ofHours(1));
        assertThat(EnumONEXTopic.REGISTRY_WORKFLOW_COMPLETED_V1.retention()).isEqualTo(Duration.ofDays(30));
        assertThat(EnumONEXTopic.INFRA_ERROR_DETECTED_V1.keyField()).isEqualTo("correlation_id");
        assertThat(EnumONEXTopic.REGISTRY_INTROSPECTION_REQUESTED_V1.direction()).isEqualTo(TopicDirection.REGISTRY_TO_NODES);
        assertThat(Arrays.stream(EnumONEXTopic.values()).mapToInt(EnumONEXTopic::partitions)).containsOnly(3);
        assertThat(Arrays.stream(EnumONEXTopic.values()).map(EnumONEXTopic::cleanupPolicy)).containsOnly(CleanupPolicy.DELETE);
        assertThat(EnumONEXTopic.NODE_INTROSPECTION_PUBLISHED_V1.payloadType()).isEqualTo(NodeIntrospectionPayload.class);
    }

    @Test
    @DisplayName("fromTopicName accepts canonical and legacy names and refuses any other")
    void fromTopicName() {
        assertThat(EnumONEXTopic.fromTopicName("onex.node.introspection.published.v1"))
                .isEqualTo(EnumONEXTopic.NODE_INTROSPECTION_PUBLISHED_V1);
        assertThat(EnumONEXTopic.fromTopicName("node.introspection")).isEqualTo(EnumONEXTopic.NODE_INTROSPECTION_PUBLISHED_V1);
        assertThat(EnumONEXTopic.fromTopicName("node.request_introspection"))
                .isEqualTo(EnumONEXTopic.REGISTRY_INTROSPECTION_REQUESTED_V1);
        assertThat(EnumONEXTopic.NODE_HEARTBEAT_PUBLISHED_V1.legacyTopicName()).contains("node.heartbeat");
        assertThat(EnumONEXTopic.NODE_SHUTDOWN_ANNOUNCED_V1.legacyTopicName()).isEmpty();
        assertThatThrownBy(() -> EnumONEXTopic.fromTopicName("onex.node.hearbeat.published.v1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("onex.node.hearbeat.published.v1");
    }

    @Test
    @DisplayName("keyOf derives the key by the keying rule: payload field, envelope correlation id, or broadcast")
    void keyOf() {
        EventEnvelope<NodeShutdownPayload> shutdown = EventEnvelope.create("onex.node.shutdown.announced", "node/a",
                new NodeShutdownPayload("postgres-adapter-001", NodeType.EFFECT, "graceful_shutdown"));
        assertThat(EnumONEXTopic.NODE_SHUTDOWN_ANNOUNCED_V1.keyOf(shutdown)).isEqualTo("postgres-adapter-001");

        UUID correlation = UUID.randomUUID();
        EventEnvelope<ErrorDetectedPayload> error = EventEnvelope.create("onex.infra.error.detected", "node/a", correlation,
                new ErrorDetectedPayload("DATABASE_CONNECTION_ERROR", ErrorSeverity.ERROR, "Connection failed",
                        null, null, null, null, null));
        assertThat(EnumONEXTopic.INFRA_ERROR_DETECTED_V1.keyOf(error)).isEqualTo(correlation.toString());

        EventEnvelope<IntrospectionRequestPayload> broadcast = EventEnvelope.create("onex.registry.introspection.requested",
                "registry/r", new IntrospectionRequestPayload(null, null, null, "registry_startup"));
        assertThat(EnumONEXTopic.REGISTRY_INTROSPECTION_REQUESTED_V1.keyOf(broadcast)).isEqualTo("broadcast");

        assertThatThrownBy(() -> EnumONEXTopic.NODE_HEARTBEAT_PUBLISHED_V1.keyOf(shutdown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not belong to topic onex.node.heartbeat.published.v1");
    }

    @Test
    @DisplayName("The generated per-topic serializers derive the key and round-trip the value through Kafka's interfaces")
    void serdes() {
        var key = new io.onex.events.serde.NodeShutdownAnnouncedV1Serdes.KeySerializer();
        var value = new io.onex.events.serde.NodeShutdownAnnouncedV1Serdes.ValueSerializer();
        var reader = new io.onex.events.serde.NodeShutdownAnnouncedV1Serdes.ValueDeserializer();
        EventEnvelope<NodeShutdownPayload> event = EventEnvelope.create("onex.node.shutdown.announced", "node/a",
                new NodeShutdownPayload("node-7", NodeType.COMPUTE, "graceful_shutdown"));
        String topic = EnumONEXTopic.NODE_SHUTDOWN_ANNOUNCED_V1.topicName();
        assertThat(new String(key.serialize(topic, event), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("node-7");
        assertThat(reader.deserialize(topic, value.serialize(topic, event))).isEqualTo(event);
    }
}
