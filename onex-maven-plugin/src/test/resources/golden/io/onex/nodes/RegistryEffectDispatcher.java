package io.onex.nodes;

import io.onex.events.OnexTopics;
import io.onex.sdk.BusRecord;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.RecordDispatcher;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Routes records of node {@code registry-effect}'s subscriptions to its {@link RegistryEffectSubscriber}.
 */
@Generated("io.onex.plugin.generate.SubscriberGenerator")
public final class RegistryEffectDispatcher implements RecordDispatcher {
    private static final List<OnexTopic<?>> TOPICS = List.of(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1);

    private final RegistryEffectSubscriber subscriber;

    public RegistryEffectDispatcher(RegistryEffectSubscriber subscriber) {
        this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
    }

    @Override
    public List<OnexTopic<?>> topics() {
        return TOPICS;
    }

    @Override
    public void dispatch(BusRecord record) {
        switch (record.topic()) {
            case "onex.registry.introspection.requested.v1", "node.request_introspection":
                subscriber.handleIntrospectionRequest(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1.codec().decode(record.value()));
                break;
            default:
                throw new IllegalArgumentException("node registry-effect does not subscribe to topic '" + record.topic() + "'");
        }
    }
}
