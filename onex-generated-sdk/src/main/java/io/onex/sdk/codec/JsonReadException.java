package io.onex.sdk.codec;

import io.onex.sdk.OnexDeserializationException;

/**
 * Raised by generated payload readers for a value that does not fit the schema; the envelope
 * codec turns it into an {@link OnexDeserializationException} naming the topic.
 */
public final class JsonReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String reason;

    public JsonReadException(String pointer, String reason) {
        super(pointer + ": " + reason, null, false, false);
        this.pointer = pointer;
        this.reason = reason;
    }

    public String pointer() {
        return pointer;
    }

    public String reason() {
        return reason;
    }
}
