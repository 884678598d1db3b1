package io.onex.it.wire;

import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.OnexTopics;
import io.onex.sdk.BusRecord;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.RecordDispatcher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The typed consuming path of a node: the heartbeat topic's generated codec, then a handler that keeps each event. */
final class HeartbeatCollector implements RecordDispatcher {

    private final List<EventEnvelope<NodeHeartbeatPayload>> received = new CopyOnWriteArrayList<>();
    private final List<BusRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public List<OnexTopic<?>> topics() {
        return List.of(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1);
    }

    @Override
    public void dispatch(BusRecord record) {
        EventEnvelope<NodeHeartbeatPayload> event = OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1.codec().decode(record.value());
        records.add(record);
        received.add(event);
    }

    List<EventEnvelope<NodeHeartbeatPayload>> received() {
        return received;
    }

    List<BusRecord> records() {
        return records;
    }
}
