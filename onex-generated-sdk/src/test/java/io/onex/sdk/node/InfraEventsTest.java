package io.onex.sdk.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.onex.events.CircuitBreakerState;
import io.onex.events.CircuitBreakerStateChangedPayload;
import io.onex.events.OnexTopics;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.kafka.KafkaEventBusConfig;
import io.onex.sdk.resilience.CircuitState;
import io.onex.sdk.resilience.CircuitTransition;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InfraEventsTest {

    @Test
    @DisplayName("a breaker transition becomes the catalog's state-changed payload, as in the spec's example")
    void transitionPayload() {
        CircuitTransition t = new CircuitTransition("consul-adapter.production", CircuitState.CLOSED, CircuitState.OPEN, 5,
                Duration.ofSeconds(60), Instant.parse("2025-01-15T10:30:00Z"));
        CircuitBreakerStateChangedPayload payload = InfraEvents.payload(t);
        assertThat(payload).isEqualTo(new CircuitBreakerStateChangedPayload("consul-adapter.production",
                CircuitBreakerState.CLOSED, CircuitBreakerState.OPEN, 5, 60));
        EventEnvelope<CircuitBreakerStateChangedPayload> e = EventEnvelope.create(
                OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1.eventType(), "node/x", payload);
        assertThat(OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1.keyOf(e)).isEqualTo("consul-adapter.production");
        assertThat(OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1.codec()
                .decode(OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1.codec().encode(e))).isEqualTo(e);
    }

    @Test
    @DisplayName("the bus's special topic names are the catalog's")
    void topicNamesMatchCatalog() {
        assertThat(KafkaEventBusConfig.CIRCUIT_BREAKER_TOPIC).isEqualTo(OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1.topicName());
        assertThat(KafkaEventBusConfig.ERROR_TOPIC).isEqualTo(OnexTopics.INFRA_ERROR_DETECTED_V1.topicName());
    }
}
