package io.onex.sdk;

import java.util.concurrent.CompletableFuture;

/**
 * Where generated publishers send events. The topic, the key and the wire format all come from
 * the {@link OnexTopic}; implementations never take a topic name or key from the caller.
 */
public interface EventBus extends AutoCloseable {

    /**
     * Publishes one event on the topic (and, depending on the implementation's migration mode,
     * on its legacy name too).
     *
     * @return completes when the event is acknowledged, or exceptionally when it cannot be
     */
    <P> CompletableFuture<PublishResult> publish(OnexTopic<P> topic, EventEnvelope<P> event);

    @Override
    void close();
}
