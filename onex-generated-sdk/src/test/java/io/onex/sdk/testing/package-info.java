/** Hand-written test topics, payloads and dispatchers that stand in for generated code in runtime tests. */
package io.onex.sdk.testing;
