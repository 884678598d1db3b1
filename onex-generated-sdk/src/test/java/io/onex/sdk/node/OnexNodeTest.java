package io.onex.sdk.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.onex.events.IntrospectionRequestPayload;
import io.onex.events.NodeType;
import io.onex.events.OnexTopics;
import io.onex.rules.TopicMode;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexDeserializationException;
import io.onex.sdk.OnexValidationException;
import io.onex.sdk.kafka.KafkaEventBus;
import io.onex.sdk.kafka.KafkaEventBusConfig;
import io.onex.sdk.lifecycle.IntrospectionRequestFilter.Decision;
import io.onex.sdk.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link OnexNode} without a broker: its request listener's group and its answers to introspection requests. */
class OnexNodeTest {

    private static final Map<String, Object> CLIENT = Map.of("bootstrap.servers", "127.0.0.1:1");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:30:00Z"));
    private final List<KafkaEventBus> buses = new ArrayList<>();

    /** A bus towards no broker: the re-emitted introspection fails fast, which the node only logs. */
    private KafkaEventBus bus(String tenant) {
        KafkaEventBus bus = KafkaEventBusConfig.builder(CLIENT, "node/postgres-adapter").topicMode(TopicMode.ONEX)
                .tenant(tenant).maxBlock(Duration.ofMillis(10)).meterRegistry(new SimpleMeterRegistry()).buildBus();
        buses.add(bus);
        return bus;
    }

    private OnexNode node(String tenant, Consumer<OnexNode.Builder> options) {
        OnexNode.Builder b = OnexNode.builder(bus(tenant), "postgres-adapter-001", NodeType.EFFECT).nodeVersion("1.0.0")
                .clock(clock).meterRegistry(new SimpleMeterRegistry());
        options.accept(b);
        return b.build();
    }

    @AfterEach
    void closeBuses() {
        buses.forEach(b -> b.close(Duration.ZERO));
    }

    @Test
    @DisplayName("the request listener's group is named after the node id by default, with the bus's tenant in front")
    void defaultGroup() {
        assertThat(node(null, b -> b.listenForIntrospectionRequests(CLIENT)).requestListener().orElseThrow().groupId())
                .isEqualTo("postgres-adapter-001-onex-v1");
        assertThat(node("tenant-a", b -> b.listenForIntrospectionRequests(CLIENT)).requestListener().orElseThrow().groupId())
                .isEqualTo("tenant-a.postgres-adapter-001-onex-v1");
    }

    @Test
    @DisplayName("the service part of the group can be chosen, e.g. to fit the contract's group prefix of per-contract ACLs")
    void chosenGroup() {
        assertThat(node(null, b -> b.listenForIntrospectionRequests(CLIENT).requestListenerService("pg-adapter-001"))
                .requestListener().orElseThrow().groupId()).isEqualTo("pg-adapter-001-onex-v1");
        assertThat(node("tenant-a", b -> b.listenForIntrospectionRequests(CLIENT).requestListenerService("pg-adapter-001"))
                .requestListener().orElseThrow().groupId()).isEqualTo("tenant-a.pg-adapter-001-onex-v1");
        assertThatThrownBy(() -> OnexNode.builder(bus(null), "postgres-adapter-001", NodeType.EFFECT).requestListenerService(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consumer group");
    }

    /**
     * Spec section 6.2 and the payload schema: {@code target_node_ids} "only these nodes should answer",
     * {@code target_node_types} "only nodes of these kinds should answer", each null or absent for no filter and
     * otherwise at least one entry; the node answers when it passes both. Each request comes 10 s after the last, so
     * the rate limit never decides.
     */
    @ParameterizedTest(name = "ids {0}, types {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            absent   | absent   | REEMIT
            absent   | matching | REEMIT
            absent   | other    | NOT_TARGETED
            matching | absent   | REEMIT
            matching | matching | REEMIT
            matching | other    | NOT_TARGETED
            other    | absent   | NOT_TARGETED
            other    | matching | NOT_TARGETED
            other    | other    | NOT_TARGETED
            """)
    @DisplayName("an introspection request is answered when the node passes both the id and the type filter, each when given")
    void targeting(String ids, String types, Decision expected) {
        OnexNode node = node(null, b -> { });
        clock.advance(Duration.ofSeconds(10));
        List<String> idFilter = switch (ids) {
            case "absent" -> null;
            case "matching" -> List.of("registry-effect-001", "postgres-adapter-001");
            default -> List.of("registry-effect-001");
        };
        List<NodeType> typeFilter = switch (types) {
            case "absent" -> null;
            case "matching" -> List.of(NodeType.COMPUTE, NodeType.EFFECT);
            default -> List.of(NodeType.COMPUTE, NodeType.ORCHESTRATOR);
        };
        EventEnvelope<IntrospectionRequestPayload> request = EventEnvelope.create(
                OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1.eventType(), "registry/registry-effect",
                new IntrospectionRequestPayload("req-introspect-001", idFilter, typeFilter, "registry_startup"));
        assertThat(node.onIntrospectionRequest(request)).isEqualTo(expected);
    }

    @Test
    @DisplayName("an empty target list is no request at all: the schema requires at least one entry when a filter is given")
    void emptyTargetListsAreInvalid() {
        assertThatThrownBy(() -> new IntrospectionRequestPayload(null, List.of(), null, "registry_startup"))
                .isInstanceOf(OnexValidationException.class).hasMessage(
                        "target_node_ids: must have at least 1 items but has 0 (minItems)");
        assertThatThrownBy(() -> new IntrospectionRequestPayload(null, null, List.of(), "registry_startup"))
                .isInstanceOf(OnexValidationException.class).hasMessageStartingWith("target_node_types:");
        String onTheWire = "{\"event_id\":\"6f1c0f5e-3d1b-4c55-9a43-0c1d2e3f4a5b\","
                + "\"event_type\":\"onex.registry.introspection.requested\",\"source\":\"registry/registry-effect\","
                + "\"correlation_id\":\"6f1c0f5e-3d1b-4c55-9a43-0c1d2e3f4a5c\",\"timestamp\":\"2025-01-15T10:30:00Z\","
                + "\"payload\":{\"target_node_ids\":[],\"reason\":\"registry_startup\"}}";
        assertThatThrownBy(() -> OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1.codec()
                .decode(onTheWire.getBytes(StandardCharsets.UTF_8)))
                .as("a consumed request with an empty list goes to the runner's error path, not to the node")
                .isInstanceOf(OnexDeserializationException.class).hasMessageContaining("/payload/target_node_ids");
    }
}
