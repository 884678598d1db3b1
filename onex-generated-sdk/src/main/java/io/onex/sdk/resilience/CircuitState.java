package io.onex.sdk.resilience;

/** States of a {@link CircuitBreaker}, named as in {@code onex.infra.circuit_breaker.state_changed.v1}. */
public enum CircuitState {
    /** Calls pass; consecutive failures are counted. */
    CLOSED,
    /** Calls are rejected until the reset timeout has elapsed. */
    OPEN,
    /** One trial call passes; its outcome closes or reopens the breaker. */
    HALF_OPEN
}
