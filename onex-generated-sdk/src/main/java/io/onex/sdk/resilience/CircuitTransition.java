package io.onex.sdk.resilience;

import java.time.Duration;
import java.time.Instant;

/**
 * One state change of a {@link CircuitBreaker}: the content of an
 * {@code onex.infra.circuit_breaker.state_changed.v1} event.
 *
 * @param serviceName the breaker's name (the event key, e.g. {@code node/postgres-adapter})
 * @param previousState state before
 * @param newState state after
 * @param failureCount consecutive failures counted when the transition happened
 * @param resetTimeout how long the breaker stays open before a trial call
 * @param at when it happened, by the breaker's clock
 */
public record CircuitTransition(String serviceName, CircuitState previousState, CircuitState newState, int failureCount,
        Duration resetTimeout, Instant at) {
}
