package io.onex.sdk.kafka;

/** The bus is closing or closed and accepts no more events. */
public final class BusClosedException extends PublishRejectedException {
    private static final long serialVersionUID = 1L;

    public BusClosedException(String topic) {
        super("event for " + topic + " rejected: the event bus is closed");
    }
}
