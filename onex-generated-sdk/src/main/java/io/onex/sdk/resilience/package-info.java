/** A circuit breaker for publishing: fail fast while the broker is unreachable, probe, recover. */
package io.onex.sdk.resilience;
