package io.onex.sdk.testing;

import io.onex.sdk.BusRecord;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.RecordDispatcher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A dispatcher like the generated ones that records every decoded event with its record. */
public final class RecordingDispatcher implements RecordDispatcher {

    /** One dispatched event. */
    public record Received(BusRecord record, EventEnvelope<?> event) {
    }

    private final List<OnexTopic<?>> topics;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Consumer<Received> handler = r -> { };

    public RecordingDispatcher(List<OnexTopic<?>> topics) {
        this.topics = List.copyOf(topics);
    }

    /** Runs before the event is recorded; may throw to simulate a failing handler. */
    public RecordingDispatcher onEvent(Consumer<Received> handler) {
        this.handler = handler;
        return this;
    }

    @Override
    public List<OnexTopic<?>> topics() {
        return topics;
    }

    @Override
    public void dispatch(BusRecord record) {
        for (OnexTopic<?> topic : topics) {
            if (topic.topicName().equals(record.topic()) || topic.legacyTopicName().filter(record.topic()::equals).isPresent()) {
                Received r = new Received(record, topic.codec().decode(record.value()));
                handler.accept(r);
                received.add(r);
                return;
            }
        }
        throw new IllegalArgumentException("not subscribed to " + record.topic());
    }

    public List<Received> received() {
        return List.copyOf(received);
    }
}
