package io.onex.sdk.kafka;

/**
 * The bus already holds its maximum of unacknowledged events; this one was not accepted.
 * Memory stays bounded and nothing is dropped silently: the caller decides what to do.
 */
public final class BackPressureException extends PublishRejectedException {
    private static final long serialVersionUID = 1L;

    private final String topic;
    private final int capacity;

    public BackPressureException(String topic, int capacity) {
        super("event for " + topic + " rejected: " + capacity + " events are already waiting for acknowledgement "
                + "(maxInFlightEvents); retry later or raise the limit");
        this.topic = topic;
        this.capacity = capacity;
    }

    /** The canonical topic of the rejected event. */
    public String topic() {
        return topic;
    }

    /** The configured maximum of unacknowledged events. */
    public int capacity() {
        return capacity;
    }
}
