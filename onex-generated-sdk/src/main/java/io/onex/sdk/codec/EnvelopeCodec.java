package io.onex.sdk.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexDeserializationException;
import io.onex.sdk.OnexValidationException;
import io.onex.sdk.redact.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Compact JSON codec of one topic's envelope. Reading is a tolerant reader: unknown fields are
 * skipped, every known field is type- and constraint-checked, and any problem becomes one
 * {@link OnexDeserializationException} with the topic and the JSON pointer.
 *
 * <p>Writing redacts the payload fields its schema marks {@code x-onex-redact} (spec section 6.6),
 * on every path: the event buses and the Kafka serializers all encode here. Only the environment
 * can be chosen ({@link Redactor#forEnvironment}); without one, redaction is strict.
 *
 * @param <P> payload type
 */
public final class EnvelopeCodec<P> {

    /** The envelope schema's {@code event_type} pattern: {@code onex.<domain>.<entity>.<event>}, no version. */
    private static final Pattern EVENT_TYPE = Pattern.compile("^onex\\.[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*$");

    /** The span of {@code format: date-time}: RFC 3339 writes a year of exactly four digits. */
    private static final Instant FIRST_WRITABLE = OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();
    private static final Instant LAST_WRITABLE = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.UTC)
            .toInstant();

    private final String topic;
    private final String eventType;
    private final Class<P> payloadType;
    private final PayloadCodec<P> payloadCodec;

    /**
     * @param topic the canonical topic name, named in every error
     * @param eventType the event type every envelope of this topic must carry
     * @param payloadType the payload record class every envelope of this topic must carry
     * @param payloadCodec the payload's codec
     */
    public EnvelopeCodec(String topic, String eventType, Class<P> payloadType, PayloadCodec<P> payloadCodec) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.payloadType = Objects.requireNonNull(payloadType, "payloadType");
        this.payloadCodec = Objects.requireNonNull(payloadCodec, "payloadCodec");
    }

    public String topic() {
        return topic;
    }

    public PayloadCodec<P> payloadCodec() {
        return payloadCodec;
    }

    /**
     * Serializes to compact UTF-8 JSON with strict redaction: secrets, hostnames and IPs go (the
     * default of spec section 6.6 for every environment not marked internal).
     */
    public byte[] encode(EventEnvelope<P> event) {
        return encode(event, Redactor.strict());
    }

    /**
     * Serializes to compact UTF-8 JSON.
     *
     * @param redactor the environment's redactor, {@link Redactor#forEnvironment}
     */
    public byte[] encode(EventEnvelope<P> event, Redactor redactor) {
        Objects.requireNonNull(redactor, "redactor");
        // The builder's first block comes from the thread's buffer recycler; close() does not give
        // it back, release() does. Without it every call allocates a fresh 2 KB block.
        ByteArrayBuilder out = new ByteArrayBuilder(Json.FACTORY._getBufferRecycler(), 256);
        try (JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
            write(generator, event, redactor);
            generator.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            out.release();
        }
    }

    /**
     * Checks what the envelope's and the payload's constructors cannot, against this topic's schemas: what
     * {@link #decode} (every consumer of the topic) would refuse, so an event that fails here is never written.
     * {@link #write} calls it; producers that derive a key from the payload call it first.
     *
     * @throws OnexValidationException naming the field: {@code event_type} not this topic's (rule {@code const});
     *     a payload of another class, which only unchecked casts can produce ({@code payload}, rule {@code type});
     *     a {@code timestamp} outside the years 0000 to 9999 that an RFC 3339 date-time can hold (rule
     *     {@code format})
     */
    public void requireWritable(EventEnvelope<?> event) {
        if (!eventType.equals(event.eventType())) {
            throw new OnexValidationException("event_type", "const", "\"" + Json.abbreviate(event.eventType())
                    + "\" is not the event type of " + topic + ", \"" + eventType + "\"; every consumer of the topic"
                    + " would refuse the record");
        }
        if (!payloadType.isInstance(event.payload())) {
            throw new OnexValidationException("payload", "type", "a " + event.payload().getClass().getName()
                    + " is not the payload of " + topic + ", which carries " + payloadType.getName());
        }
        if (event.timestamp().isBefore(FIRST_WRITABLE) || event.timestamp().isAfter(LAST_WRITABLE)) {
            throw new OnexValidationException("timestamp", "format", event.timestamp() + " is outside the years 0000"
                    + " to 9999 that an RFC 3339 date-time can hold; every consumer of " + topic + " would refuse it");
        }
    }

    /**
     * Writes the envelope as one JSON object.
     *
     * @param redactor applied to the payload fields marked {@code x-onex-redact}
     * @throws OnexValidationException when the envelope breaks a rule of {@link #requireWritable}: every reader of
     *     the topic would refuse the record, so it is not written
     */
    public void write(JsonGenerator generator, EventEnvelope<P> event, Redactor redactor) throws IOException {
        requireWritable(event);
        generator.writeStartObject();
        generator.writeFieldName("event_id");
        Json.writeUuid(generator, event.eventId());
        generator.writeStringField("event_type", event.eventType());
        generator.writeStringField("source", event.source());
        generator.writeFieldName("correlation_id");
        Json.writeUuid(generator, event.correlationId());
        generator.writeFieldName("timestamp");
        Json.writeInstant(generator, event.timestamp());
        generator.writeFieldName("payload");
        payloadCodec.write(generator, event.payload(), redactor);
        generator.writeEndObject();
    }

    /**
     * Deserializes one envelope.
     *
     * @throws OnexDeserializationException when the bytes are not a valid envelope of this topic
     */
    public EventEnvelope<P> decode(byte[] bytes) {
        if (bytes == null) {
            throw new OnexDeserializationException(topic, "", "record has no value (tombstone)");
        }
        try (JsonParser parser = Json.FACTORY.createParser(bytes)) {
            parser.nextToken();
            EventEnvelope<P> event = read(parser);
            if (parser.nextToken() != null) {
                throw new OnexDeserializationException(topic, "", "trailing content after the envelope");
            }
            return event;
        } catch (JsonReadException e) {
            throw new OnexDeserializationException(topic, e.pointer(), e.reason(), e);
        } catch (StreamConstraintsException e) {
            throw new OnexDeserializationException(topic, "", "input exceeds parser limits: " + e.getOriginalMessage(), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new OnexDeserializationException(topic, "", "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new OnexDeserializationException(topic, "", "unreadable input: " + e.getMessage(), e);
        }
    }

    /** Reads one envelope object; the parser stands on its first token. */
    public EventEnvelope<P> read(JsonParser parser) throws IOException {
        Json.expectObject(parser, "");
        UUID eventId = null;
        String eventType = null;
        String source = null;
        UUID correlationId = null;
        Instant timestamp = null;
        P payload = null;
        boolean payloadSeen = false;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "event_id" -> eventId = Json.readUuid(parser, "/event_id");
                case "event_type" -> eventType = Json.readString(parser, "/event_type");
                case "source" -> source = Json.readString(parser, "/source");
                case "correlation_id" -> correlationId = Json.readUuid(parser, "/correlation_id");
                case "timestamp" -> timestamp = Json.readInstant(parser, "/timestamp");
                case "payload" -> {
                    payload = payloadCodec.read(parser, "/payload");
                    payloadSeen = true;
                }
                default -> parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonReadException("", "unterminated envelope object");
        }
        require(eventId, "event_id");
        require(eventType, "event_type");
        require(source, "source");
        require(correlationId, "correlation_id");
        require(timestamp, "timestamp");
        if (!payloadSeen) {
            throw new JsonReadException("/payload", "required field is missing (required)");
        }
        if (!EVENT_TYPE.matcher(eventType).matches()) {
            throw new JsonReadException("/event_type", "\"" + Json.abbreviate(eventType)
                    + "\" is not an event type onex.<domain>.<entity>.<event> without version (pattern)");
        }
        if (!eventType.equals(this.eventType)) {
            throw new JsonReadException("/event_type", "\"" + eventType + "\" is not the event type of this topic, \""
                    + this.eventType + "\" (const)");
        }
        if (source.isEmpty()) {
            throw new JsonReadException("/source", "must not be empty (minLength)");
        }
        return new EventEnvelope<>(eventId, eventType, source, correlationId, timestamp, payload);
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new JsonReadException("/" + field, "required field is missing (required)");
        }
    }
}
