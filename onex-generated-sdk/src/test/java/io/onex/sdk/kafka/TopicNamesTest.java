package io.onex.sdk.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.events.OnexTopics;
import io.onex.rules.Tenant;
import io.onex.rules.TopicMode;
import io.onex.sdk.testing.RecordingDispatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicNamesTest {

    @ParameterizedTest(name = "USE_ONEX_TOPICS={0} -> {1}")
    @CsvSource(value = {"true,ONEX", "TRUE,ONEX", " true ,ONEX", "false,LEGACY", "yes,LEGACY", "1,LEGACY", "'',LEGACY"})
    @DisplayName("USE_ONEX_TOPICS=true selects ONEX names; any other value selects legacy names")
    void modeFromEnvironment(String value, TopicMode expected) {
        assertThat(TopicMode.fromEnvironment(Map.of("USE_ONEX_TOPICS", value))).isEqualTo(expected);
    }

    @Test
    @DisplayName("without USE_ONEX_TOPICS the mode is LEGACY, the spec's default")
    void defaultIsLegacy() {
        assertThat(TopicMode.fromEnvironment(Map.of())).isEqualTo(TopicMode.LEGACY);
    }

    @Test
    @DisplayName("each mode picks the legacy name, both names or the canonical name")
    void namesPerMode() {
        assertThat(new TopicNames(TopicMode.LEGACY, Optional.empty()).publishNames(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1))
                .containsExactly("node.heartbeat");
        assertThat(new TopicNames(TopicMode.DUAL, Optional.empty()).publishNames(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1))
                .containsExactly("onex.node.heartbeat.published.v1", "node.heartbeat");
        assertThat(new TopicNames(TopicMode.ONEX, Optional.empty()).publishNames(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1))
                .containsExactly("onex.node.heartbeat.published.v1");
    }

    @Test
    @DisplayName("a topic without a legacy name always uses its canonical name")
    void noLegacyName() {
        for (TopicMode mode : TopicMode.values()) {
            assertThat(new TopicNames(mode, Optional.empty()).publishNames(OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1))
                    .containsExactly("onex.node.shutdown.announced.v1");
        }
    }

    @Test
    @DisplayName("the tenant prefix goes before every name and is stripped back off")
    void tenantPrefix() {
        TopicNames names = new TopicNames(TopicMode.DUAL, Optional.of(new Tenant("tenant-123")));
        assertThat(names.subscribeNames(List.of(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1))).containsExactly(
                "tenant-123.onex.node.heartbeat.published.v1", "tenant-123.node.heartbeat", "tenant-123.onex.node.shutdown.announced.v1");
        assertThat(names.stripPrefix("tenant-123.node.heartbeat")).hasValue("node.heartbeat");
        assertThat(names.stripPrefix("tenant-9.node.heartbeat")).isEmpty();
    }

    @Test
    @DisplayName("the bus and the consumer runner refuse a tenant the plugin would refuse, naming the rule")
    void badTenant() {
        for (String tenant : List.of("Tenant.A", "t_", "a b", "tenant.123")) {
            assertThatThrownBy(() -> KafkaEventBusConfig.builder("127.0.0.1:9092", "node/x").tenant(tenant))
                    .as(tenant).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e.g. tenant-123");
            assertThatThrownBy(() -> OnexConsumerRunner.builder(Map.of("bootstrap.servers", "127.0.0.1:9092"),
                    new RecordingDispatcher(List.of(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1))).tenant(tenant)).as(tenant).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("e.g. tenant-123");
        }
        assertThat(KafkaEventBusConfig.builder("127.0.0.1:9092", "node/x").tenant("tenant-123.").build().tenant())
                .as("one trailing dot is tolerated").hasValue(new Tenant("tenant-123"));
    }
}
