/** The SDK on Kafka: a publishing event bus, a consumer runner for generated dispatchers, topic naming for migration and tenancy. */
package io.onex.sdk.kafka;
