/** A node on the ONEX topics: the lifecycle helpers and the circuit breaker wired to the generated catalog types. */
package io.onex.sdk.node;
