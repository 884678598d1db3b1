/** Kafka serializers and deserializers over a catalog topic's envelope codec; generated per-topic classes extend them. */
package io.onex.sdk.serde;
