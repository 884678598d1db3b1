package io.onex.plugin.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.plugin.model.TopicName;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Topic names")
class TopicNamesTest {

    @Test
    @DisplayName("in canonical form give their parts")
    void canonical() {
        assertThat(TopicNames.classify("onex.infra.circuit_breaker.state_changed.v12"))
                .isEqualTo(new TopicNames.Canonical(new TopicName("infra", "circuit_breaker", "state_changed", 12)));
    }

    @Test
    @DisplayName("with a tenant prefix are recognized as such, not as legacy names")
    void tenantPrefixed() {
        assertThat(TopicNames.classify("tenant-123.onex.node.introspection.published.v1")).isEqualTo(
                new TopicNames.TenantPrefixed("tenant-123", new TopicName("node", "introspection", "published", 1)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"node.introspection", "node.heartbeat", "node.request_introspection"})
    @DisplayName("of section 9 are legacy names")
    void legacy(String name) {
        assertThat(TopicNames.classify(name)).isInstanceOf(TopicNames.Legacy.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "onex.node.heartbeat.published.1|version suffix needs a 'v' ('.v1', not '.1')",
        "onex.node.heartbeat.published.V1|version suffix must be lowercase ('.v1', not '.V1')",
        "onex.node.heartbeat.published.v|version suffix '.v' has no number ('.v1')",
        "onex.node.heartbeat.published.v1.0|version must be a whole number ('.v1', not '.v1.0')",
        "onex.node.heartbeat.published.v0|versions start at 1 ('.v1', not '.v0')",
        "onex.node.heartbeat.published|missing version suffix ('.v1')",
        "onex.node.Heartbeat.published.v1|segment 'Heartbeat' must be lowercase",
        "onex.node.heart-beat.published.v1|segment 'heart-beat' may hold only lowercase letters, digits and '_',"
                + " starting with a letter",
        "onex.node.heartbeat.v1|expected 3 segments <domain>.<entity>.<event> between 'onex' and the version, found 2",
        "ONEX.node.heartbeat.published.v1|the namespace must be lowercase 'onex', not 'ONEX'",
        "Tenant_1.onex.node.heartbeat.published.v1|tenant prefix 'Tenant_1' may hold only lowercase letters, digits,"
                + " '-' and '_', starting and ending with a letter or digit (e.g. tenant-123)",
        "node.heartbeat.v1|it is neither an ONEX name nor a legacy name (lowercase words joined by dots)",
        "heartbeat|it is neither an ONEX name nor a legacy name (lowercase words joined by dots)"})
    @DisplayName("that are malformed say why")
    void malformed(String name, String reason) {
        assertThat(TopicNames.classify(name)).isEqualTo(new TopicNames.Malformed(reason));
    }
}
