package io.onex.sdk;

import io.onex.events.OnexTopics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.kafka.common.utils.Utils;

/**
 * An event bus in memory for tests: it serializes exactly as the Kafka bus does, assigns the
 * partition Kafka's default partitioner would choose for the key, and delivers synchronously to
 * subscribers. Nothing is dropped: every published record stays readable via {@link #records}.
 *
 * <p>Like the Kafka bus it refuses, before anything is stored, a topic that is not a catalog constant
 * ({@link NonCatalogTopicException}), a missing or blank key and an envelope that breaks its schema.
 */
public final class InMemoryEventBus implements EventBus {

    private final Map<String, List<BusRecord>> topics = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<BusRecord>>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean closed;

    @Override
    public synchronized <P> CompletableFuture<PublishResult> publish(OnexTopic<P> topic, EventEnvelope<P> event) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("event bus is closed"));
        }
        try {
            OnexTopic.requireCatalogTopic(topic);
            topic.codec().requireWritable(event);
            String key = topic.requireKey(event);
            byte[] value = topic.codec().encode(event);
            int partition = partitionFor(key, topic.partitions());
            List<BusRecord> log = topics.computeIfAbsent(topic.topicName(), t -> new CopyOnWriteArrayList<>());
            BusRecord record = new BusRecord(topic.topicName(), partition, log.size(), key, value, Map.of(
                    OnexHeaders.EVENT_TYPE, event.eventType(),
                    OnexHeaders.CORRELATION_ID, event.correlationId().toString(),
                    OnexHeaders.SCHEMA_VERSION, Integer.toString(topic.schemaVersion())));
            log.add(record);
            for (Consumer<BusRecord> subscriber : subscribers.getOrDefault(topic.topicName(), List.of())) {
                subscriber.accept(record);
            }
            return CompletableFuture.completedFuture(new PublishResult(topic.topicName(), partition, record.offset(), key));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Delivers every later record of the topic to the handler, synchronously on publish.
     *
     * @param topicName the canonical name of a catalog topic (records are kept under it, whatever the topic mode)
     * @throws NonCatalogTopicException for any other name
     */
    public void subscribe(String topicName, Consumer<BusRecord> handler) {
        boolean canonical = OnexTopics.ALL.stream().anyMatch(t -> t.topicName().equals(topicName));
        if (!canonical) {
            throw new NonCatalogTopicException(topicName, "\"" + topicName + "\" is not the canonical name of a topic of"
                    + " the ONEX catalog (" + OnexTopics.class.getName() + "); the bus keeps records only under those names");
        }
        subscribers.computeIfAbsent(topicName, t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    /**
     * Delivers every later record of the dispatcher's topics to it (canonical names).
     *
     * @throws NonCatalogTopicException when one of the dispatcher's topics is not a catalog constant
     */
    public void subscribe(RecordDispatcher dispatcher) {
        dispatcher.topics().forEach(OnexTopic::requireCatalogTopic);
        for (OnexTopic<?> topic : dispatcher.topics()) {
            subscribe(topic.topicName(), dispatcher::dispatch);
        }
    }

    /** Everything published on the topic so far, in order. */
    public List<BusRecord> records(String topicName) {
        return new ArrayList<>(topics.getOrDefault(topicName, List.of()));
    }

    /** The partition Kafka's default partitioner picks for a non-null key. */
    public static int partitionFor(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    @Override
    public void close() {
        closed = true;
    }
}
