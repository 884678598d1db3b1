package io.onex.sdk.node;

import io.onex.events.IntrospectionRequestPayload;
import io.onex.events.OnexTopics;
import io.onex.sdk.BusRecord;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.RecordDispatcher;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Dispatches {@code onex.registry.introspection.requested.v1} (or its legacy name
 * {@code node.request_introspection}) to a handler, for nodes that do not declare the
 * subscription in a contract.
 */
public final class IntrospectionRequestDispatcher implements RecordDispatcher {

    private static final OnexTopic<IntrospectionRequestPayload> TOPIC = OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1;

    private final Consumer<EventEnvelope<IntrospectionRequestPayload>> handler;

    public IntrospectionRequestDispatcher(Consumer<EventEnvelope<IntrospectionRequestPayload>> handler) {
        this.handler = Objects.requireNonNull(handler);
    }

    @Override
    public List<OnexTopic<?>> topics() {
        return List.of(TOPIC);
    }

    @Override
    public void dispatch(BusRecord record) {
        if (!record.topic().equals(TOPIC.topicName()) && !TOPIC.legacyTopicName().filter(record.topic()::equals).isPresent()) {
            throw new IllegalArgumentException("not an introspection request topic: '" + record.topic() + "'");
        }
        handler.accept(TOPIC.codec().decode(record.value()));
    }
}
