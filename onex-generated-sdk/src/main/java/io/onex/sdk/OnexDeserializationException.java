package io.onex.sdk;

/**
 * A consumed message could not be turned into a typed envelope: malformed JSON, a missing or
 * mistyped field, or a broken constraint. It carries the topic, the JSON pointer of the offending
 * value and the reason; no half-built record ever escapes.
 */
public class OnexDeserializationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String topic;
    private final String pointer;
    private final String reason;

    public OnexDeserializationException(String topic, String pointer, String reason) {
        this(topic, pointer, reason, null);
    }

    public OnexDeserializationException(String topic, String pointer, String reason, Throwable cause) {
        super(topic + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + reason, cause);
        this.topic = topic;
        this.pointer = pointer;
        this.reason = reason;
    }

    /** The topic the message came from (or was meant for). */
    public String topic() {
        return topic;
    }

    /** JSON pointer of the offending value, {@code ""} for the whole document. */
    public String pointer() {
        return pointer;
    }

    /** What is wrong. */
    public String reason() {
        return reason;
    }
}
