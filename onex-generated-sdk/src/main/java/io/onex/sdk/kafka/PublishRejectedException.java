package io.onex.sdk.kafka;

/**
 * The bus refused an event before sending it: nothing reached Kafka and the caller still owns
 * the event (retry later, drop it knowingly, or fail). Subclasses say why.
 */
public abstract class PublishRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected PublishRejectedException(String message) {
        super(message);
    }
}
