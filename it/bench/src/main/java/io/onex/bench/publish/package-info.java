/** Publishing on the embedded broker: the generated publisher over KafkaEventBus against a raw byte-array producer. */
package io.onex.bench.publish;
