package io.onex.sdk;

/** Kafka header names that carry envelope metadata, so routers and tracing need not parse the payload. */
public final class OnexHeaders {
    /** The envelope's {@code event_type}. */
    public static final String EVENT_TYPE = "event_type";
    /** The envelope's {@code correlation_id}. */
    public static final String CORRELATION_ID = "correlation_id";
    /** The payload schema version, e.g. {@code 1}. */
    public static final String SCHEMA_VERSION = "schema_version";

    private OnexHeaders() {
    }
}
