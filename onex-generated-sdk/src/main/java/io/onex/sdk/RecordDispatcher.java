package io.onex.sdk;

import java.util.List;

/**
 * Routes a consumed record to the typed handler for its topic. Generated per node contract from
 * its {@code subscribes} channels; buses and consumer runners call it.
 */
public interface RecordDispatcher {

    /** The catalog topics this dispatcher handles, in contract order. */
    List<OnexTopic<?>> topics();

    /**
     * Decodes the record with its topic's codec and calls the handler.
     *
     * <p>{@code record.topic()} may be the canonical or the legacy name of a topic; a tenant
     * prefix must already be stripped by the caller.
     *
     * @throws OnexDeserializationException when the value is not a valid envelope of the topic
     * @throws IllegalArgumentException when the topic is not one of {@link #topics()}
     * @throws RuntimeException whatever the handler throws, unchanged
     */
    void dispatch(BusRecord record);
}
