package io.onex.bench.codec;

import io.onex.events.OnexTopics;
import io.onex.sdk.OnexTopic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The two events measured: the spec's section 6.1 example payloads inside a full envelope. */
public enum EventKind {
    HEARTBEAT("heartbeat", OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, PlainEvents.Heartbeat.class,
            PlainEvents.HeartbeatEnvelope.class, "node-heartbeat-published.v1.schema.json"),
    INTROSPECTION("introspection", OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1, PlainEvents.Introspection.class,
            PlainEvents.IntrospectionEnvelope.class, "node-introspection-published.v1.schema.json");

    private final String id;
    private final OnexTopic<?> topic;
    private final Class<?> plainPayload;
    private final Class<?> plainEnvelope;
    private final String payloadSchema;

    EventKind(String id, OnexTopic<?> topic, Class<?> plainPayload, Class<?> plainEnvelope, String payloadSchema) {
        this.id = id;
        this.topic = topic;
        this.plainPayload = plainPayload;
        this.plainEnvelope = plainEnvelope;
        this.payloadSchema = payloadSchema;
    }

    /** The hand-written envelope as one concrete class. */
    public Class<?> plainEnvelope() {
        return plainEnvelope;
    }

    /** The JMH parameter value. */
    public String id() {
        return id;
    }

    public OnexTopic<?> topic() {
        return topic;
    }

    /** The hand-written record of the payload, for the Jackson contenders. */
    public Class<?> plainPayload() {
        return plainPayload;
    }

    /** Classpath location of the payload schema in the onex-schemas jar. */
    public String payloadSchema() {
        return "onex/schemas/payloads/" + payloadSchema;
    }

    /** The fixture as written (pretty-printed); contenders measure their own compact output. */
    public byte[] fixture() {
        String resource = id + ".envelope.json";
        try (InputStream in = EventKind.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A negative control: the canonical event with one value out of its schema's range. */
    public byte[] outOfRange(byte[] canonical) {
        String json = new String(canonical, java.nio.charset.StandardCharsets.UTF_8);
        String bad = this == HEARTBEAT ? json.replace("\"cpu_usage_percent\":15.2", "\"cpu_usage_percent\":150.2")
                : json.replace("\"epoch\":1", "\"epoch\":-1");
        if (bad.equals(json)) {
            throw new IllegalStateException("negative control did not change the " + id + " event");
        }
        return bad.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static EventKind of(String id) {
        for (EventKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown event " + id);
    }
}
