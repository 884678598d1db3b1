package io.onex.sdk.kafka;

import io.onex.sdk.OnexDeserializationException;
import io.onex.sdk.OnexTopic;
import org.apache.kafka.common.header.Headers;

/**
 * How a record value carries an envelope on the wire. The SDK always works with the envelope's
 * compact JSON (what {@link io.onex.sdk.codec.EnvelopeCodec} writes and reads); a wire format only wraps
 * and unwraps it. {@link #plainJson()} is the default and sends the JSON as it is; the registry
 * format of {@code io.onex.sdk.registry.ApicurioWireFormat} goes through Apicurio's JSON Schema
 * serde so that records carry the registry's schema id.
 *
 * <p>Implementations are thread-safe: one instance serves a whole bus or consumer runner, which
 * closes it when it closes; give each bus and runner its own instance.
 */
public interface WireFormat extends AutoCloseable {

    /**
     * Turns one envelope into a record value.
     *
     * @param topic the catalog topic (its canonical name, whatever physical name the record goes to)
     * @param headers the record's headers; a format may add its own (e.g. the registry's schema id)
     * @param envelopeJson the envelope as compact UTF-8 JSON
     * @return the record value
     */
    byte[] toWire(OnexTopic<?> topic, Headers headers, byte[] envelopeJson);

    /**
     * Turns a consumed record value back into envelope JSON for the topic's codec.
     *
     * @param topic the topic name without tenant prefix (canonical or legacy)
     * @param headers the record's headers
     * @param value the record value, never null
     * @return the envelope as UTF-8 JSON
     * @throws OnexDeserializationException when the value is not in this format or fails its schema
     * @throws WireFormatUnavailableException when a service the format needs (the registry) cannot be
     *     reached; the consumer runner retries the record later instead of treating it as bad input
     */
    byte[] fromWire(String topic, Headers headers, byte[] value);

    /** Releases what the format holds (registry clients); the bus and the runner call it on close. */
    @Override
    default void close() {
    }

    /** The default: the envelope JSON is the record value, with the ONEX headers beside it. */
    static WireFormat plainJson() {
        return PlainJson.INSTANCE;
    }

    /** The default wire format; a singleton so that no registry class is ever touched. */
    enum PlainJson implements WireFormat {
        INSTANCE;

        @Override
        public byte[] toWire(OnexTopic<?> topic, Headers headers, byte[] envelopeJson) {
            return envelopeJson;
        }

        @Override
        public byte[] fromWire(String topic, Headers headers, byte[] value) {
            return value;
        }

        @Override
        public String toString() {
            return "plain JSON";
        }
    }
}
