package io.onex.sdk;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * The canonical ONEX event envelope of spec section 4.
 *
 * @param eventId unique id of this event
 * @param eventType the topic's event type, e.g. {@code onex.node.heartbeat.published}
 * @param source the emitting node or service, e.g. {@code node/postgres-adapter}
 * @param correlationId id that ties related events together
 * @param timestamp when the event was created (RFC 3339 on the wire, microsecond precision)
 * @param payload the typed payload
 * @param <P> the payload record type
 */
public record EventEnvelope<P>(UUID eventId, String eventType, String source, UUID correlationId, Instant timestamp,
        P payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "event_id");
        Objects.requireNonNull(eventType, "event_type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(correlationId, "correlation_id");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(payload, "payload");
        if (eventType.isEmpty()) {
            throw new OnexValidationException("event_type", "minLength", "must not be empty");
        }
        if (source.isEmpty()) {
            throw new OnexValidationException("source", "minLength", "must not be empty");
        }
    }

    /** A new event with a fresh id, a fresh correlation id and the current time. */
    public static <P> EventEnvelope<P> create(String eventType, String source, P payload) {
        return create(eventType, source, UUID.randomUUID(), payload);
    }

    /** A new event with a fresh id and the current time that keeps the given correlation id. */
    public static <P> EventEnvelope<P> create(String eventType, String source, UUID correlationId, P payload) {
        return new EventEnvelope<>(UUID.randomUUID(), eventType, source, correlationId, now(), payload);
    }

    /** The current time truncated to microseconds, the precision the wire format keeps. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
