package io.onex.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Physical topic names and consumer groups")
class TopicNamingTest {

    private static final String HEARTBEAT = "onex.node.heartbeat.published.v1";
    private static final Optional<String> LEGACY = Optional.of("node.heartbeat");
    private static final Optional<Tenant> TENANT = Optional.of(new Tenant("tenant-123"));

    @Test
    @DisplayName("a topic with a legacy name is named by the mode: legacy, both (canonical first), or canonical")
    void byMode() {
        assertThat(TopicNaming.physicalNames(HEARTBEAT, LEGACY, TopicMode.LEGACY, Optional.empty()))
                .containsExactly("node.heartbeat");
        assertThat(TopicNaming.physicalNames(HEARTBEAT, LEGACY, TopicMode.DUAL, Optional.empty()))
                .containsExactly(HEARTBEAT, "node.heartbeat");
        assertThat(TopicNaming.physicalNames(HEARTBEAT, LEGACY, TopicMode.ONEX, Optional.empty()))
                .containsExactly(HEARTBEAT);
    }

    @Test
    @DisplayName("a topic without a legacy name keeps its canonical name in every mode")
    void noLegacy() {
        for (TopicMode mode : TopicMode.values()) {
            assertThat(TopicNaming.physicalNames("onex.registry.node.registered.v1", Optional.empty(), mode,
                    Optional.empty())).containsExactly("onex.registry.node.registered.v1");
        }
    }

    @Test
    @DisplayName("the tenant's prefix goes before canonical and legacy names and comes back off")
    void tenant() {
        assertThat(TopicNaming.physicalNames(HEARTBEAT, LEGACY, TopicMode.DUAL, TENANT))
                .containsExactly("tenant-123." + HEARTBEAT, "tenant-123.node.heartbeat");
        assertThat(TopicNaming.catalogName("tenant-123.node.heartbeat", TENANT)).hasValue("node.heartbeat");
        assertThat(TopicNaming.catalogName("tenant-9.node.heartbeat", TENANT)).isEmpty();
        assertThat(TopicNaming.catalogName(HEARTBEAT, Optional.empty())).hasValue(HEARTBEAT);
    }

    @Test
    @DisplayName("a name beyond Kafka's 249 characters is refused")
    void length() {
        String long200 = "onex." + "x".repeat(195);
        assertThat(TopicNaming.physicalName(long200, Optional.empty())).hasSize(200);
        assertThatThrownBy(() -> TopicNaming.physicalName(long200, Optional.of(new Tenant("a".repeat(64)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Kafka's limit of 249");
    }

    @Test
    @DisplayName("a service's group is <service>-onex-v1 behind its tenant's prefix, never suffixed twice")
    void groups() {
        assertThat(ConsumerGroups.groupId("registry-introspection", Optional.empty()))
                .isEqualTo("registry-introspection-onex-v1");
        assertThat(ConsumerGroups.groupId("registry-introspection-onex-v1", Optional.empty()))
                .isEqualTo("registry-introspection-onex-v1");
        assertThat(ConsumerGroups.groupId("registry", TENANT)).isEqualTo("tenant-123.registry-onex-v1");
        assertThatThrownBy(() -> ConsumerGroups.groupId(" ", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("USE_ONEX_TOPICS=true selects ONEX names; anything else the spec's legacy default")
    void environment() {
        assertThat(TopicMode.fromEnvironment(Map.of("USE_ONEX_TOPICS", " TRUE "))).isEqualTo(TopicMode.ONEX);
        assertThat(TopicMode.fromEnvironment(Map.of("USE_ONEX_TOPICS", "yes"))).isEqualTo(TopicMode.LEGACY);
        assertThat(TopicMode.fromEnvironment(Map.of())).isEqualTo(TopicMode.LEGACY);
    }
}
