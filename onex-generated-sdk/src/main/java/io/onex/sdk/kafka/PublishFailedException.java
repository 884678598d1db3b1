package io.onex.sdk.kafka;

import java.util.UUID;

/**
 * Kafka did not acknowledge an accepted event (timeout, broker unavailable, forced close; the
 * subclass {@link PublishDeniedException} when the cluster denied it). The cause is Kafka's
 * exception. The event may or may not be on the broker when the failure was a timeout; with the
 * idempotent producer it is there at most once.
 */
public class PublishFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String topic;
    private final UUID eventId;

    public PublishFailedException(String topic, UUID eventId, Throwable cause) {
        this(topic, eventId, "event " + eventId + " was not acknowledged on " + topic + ": " + cause, cause);
    }

    /** For subclasses that say more precisely what happened. */
    protected PublishFailedException(String topic, UUID eventId, String message, Throwable cause) {
        super(message, cause);
        this.topic = topic;
        this.eventId = eventId;
    }

    /** The physical topic name the failed write went to. */
    public String topic() {
        return topic;
    }

    public UUID eventId() {
        return eventId;
    }
}
