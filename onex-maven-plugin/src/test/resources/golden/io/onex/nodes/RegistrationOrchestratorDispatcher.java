package io.onex.nodes;

import io.onex.events.OnexTopics;
import io.onex.sdk.BusRecord;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.RecordDispatcher;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Routes records of node {@code registration-orchestrator}'s subscriptions to its {@link RegistrationOrchestratorSubscriber}.
 */
@Generated("io.onex.plugin.generate.SubscriberGenerator")
public final class RegistrationOrchestratorDispatcher implements RecordDispatcher {
    private static final List<OnexTopic<?>> TOPICS = List.of(OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1);

    private final RegistrationOrchestratorSubscriber subscriber;

    public RegistrationOrchestratorDispatcher(RegistrationOrchestratorSubscriber subscriber) {
        this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
    }

    @Override
    public List<OnexTopic<?>> topics() {
        return TOPICS;
    }

    @Override
    public void dispatch(BusRecord record) {
        switch (record.topic()) {
            case "onex.node.introspection.published.v1", "node.introspection":
                subscriber.handleIntrospectionEvent(OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1.codec().decode(record.value()));
                break;
            default:
                throw new IllegalArgumentException("node registration-orchestrator does not subscribe to topic '" + record.topic() + "'");
        }
    }
}
