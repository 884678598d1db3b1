package io.onex.events;

import io.onex.sdk.codec.Checks;
import javax.annotation.processing.Generated;

/**
 * Payload of onex.infra.circuit_breaker.state_changed.v1 (spec section 6.6): a circuit breaker guarding calls to a service changed state.
 *
 * <p>Generated from {@code infra-circuit-breaker-state-changed.v1.schema.json#}.
 *
 * @param serviceName The guarded service, e.g. consul-adapter.production; the Kafka key. (JSON {@code service_name}, required)
 * @param previousState The state before the transition. (JSON {@code previous_state}, required)
 * @param newState The state after the transition. (JSON {@code new_state}, required)
 * @param failureCount Consecutive failures counted by the breaker at the time of the transition. (JSON {@code failure_count}, required)
 * @param resetTimeoutSeconds Seconds an OPEN breaker waits before it moves to HALF_OPEN. (JSON {@code reset_timeout_seconds}, required)
 */
@Generated("io.onex.plugin.generate.RecordGenerator")
public record CircuitBreakerStateChangedPayload(String serviceName,
        CircuitBreakerState previousState, CircuitBreakerState newState, long failureCount,
        long resetTimeoutSeconds) {
    public CircuitBreakerStateChangedPayload {
        Checks.required("service_name", serviceName);
        Checks.minLength("service_name", serviceName, 1);
        Checks.maxLength("service_name", serviceName, 255);
        Checks.required("previous_state", previousState);
        Checks.required("new_state", newState);
        Checks.minimum("failure_count", failureCount, 0L);
        Checks.minimum("reset_timeout_seconds", resetTimeoutSeconds, 0L);
    }
}
