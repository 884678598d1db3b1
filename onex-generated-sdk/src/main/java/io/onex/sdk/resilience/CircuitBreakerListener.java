package io.onex.sdk.resilience;

/**
 * Told about every transition of a {@link CircuitBreaker}, in order. Called while the breaker
 * holds its lock: hand the work to another thread, never block or call back into the breaker.
 */
@FunctionalInterface
public interface CircuitBreakerListener {
    void onTransition(CircuitTransition transition);
}
