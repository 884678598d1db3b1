package io.onex.sdk.kafka;

import java.util.UUID;

/**
 * An event the bus accepted but could not get acknowledged before it closed.
 *
 * @param topic the canonical catalog topic
 * @param eventId the envelope's {@code event_id}
 * @param key the Kafka key
 * @param reason why it was not acknowledged
 */
public record UnsentEvent(String topic, UUID eventId, String key, String reason) {
}
