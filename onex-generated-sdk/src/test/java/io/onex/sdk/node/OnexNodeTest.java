package io.onex.sdk.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.onex.events.NodeType;
import io.onex.rules.TopicMode;
import io.onex.sdk.kafka.KafkaEventBus;
import io.onex.sdk.kafka.KafkaEventBusConfig;
import io.onex.sdk.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link OnexNode} without a broker. */
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
}
