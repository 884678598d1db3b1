package io.onex.sdk.kafka;

/**
 * A {@link WireFormat} could not do its work because a service it needs (the schema registry) did
 * not answer. The record is not at fault: publishing fails the event's future, consuming retries
 * the record after the runner's back-off.
 */
public class WireFormatUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WireFormatUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
