package io.onex.sdk.node;

import io.onex.events.CircuitBreakerState;
import io.onex.events.CircuitBreakerStateChangedPayload;
import io.onex.events.OnexTopics;
import io.onex.sdk.kafka.CircuitBreakerEvents;
import io.onex.sdk.kafka.KafkaEventBus;
import io.onex.sdk.resilience.CircuitState;
import io.onex.sdk.resilience.CircuitTransition;

/** Infrastructure signals of spec section 6.6 wired to a {@link KafkaEventBus}. */
public final class InfraEvents {

    private InfraEvents() {
    }

    /**
     * Publishes every transition of the bus's circuit breaker on
     * {@code onex.infra.circuit_breaker.state_changed.v1}, keyed by the bus's {@code source}.
     * Events that cannot be sent while the broker is down are sent again after recovery.
     */
    public static CircuitBreakerEvents<CircuitBreakerStateChangedPayload> publishCircuitBreakerTransitions(KafkaEventBus bus) {
        return CircuitBreakerEvents.attach(bus, OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1, InfraEvents::payload);
    }

    /** The catalog payload of a transition. */
    public static CircuitBreakerStateChangedPayload payload(CircuitTransition t) {
        return new CircuitBreakerStateChangedPayload(t.serviceName(), state(t.previousState()), state(t.newState()),
                t.failureCount(), t.resetTimeout().toSeconds());
    }

    private static CircuitBreakerState state(CircuitState state) {
        return switch (state) {
            case CLOSED -> CircuitBreakerState.CLOSED;
            case OPEN -> CircuitBreakerState.OPEN;
            case HALF_OPEN -> CircuitBreakerState.HALF_OPEN;
        };
    }
}
