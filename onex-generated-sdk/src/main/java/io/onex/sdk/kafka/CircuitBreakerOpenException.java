package io.onex.sdk.kafka;

import io.onex.sdk.resilience.CircuitState;

/** The publishing circuit breaker is open (or probing): the event was refused without trying Kafka. */
public final class CircuitBreakerOpenException extends PublishRejectedException {
    private static final long serialVersionUID = 1L;

    private final String topic;
    private final CircuitState state;

    public CircuitBreakerOpenException(String topic, CircuitState state, String breakerName) {
        super("event for " + topic + " rejected: circuit breaker " + breakerName + " is " + state
                + " after repeated publish failures");
        this.topic = topic;
        this.state = state;
    }

    public String topic() {
        return topic;
    }

    /** {@code OPEN}, or {@code HALF_OPEN} while the single trial event is in flight. */
    public CircuitState state() {
        return state;
    }
}
