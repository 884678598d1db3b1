package io.onex.plugin.migration;

import io.onex.testkit.KafkaBroker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes and reads ONEX envelopes on a test broker as nodes and services would: raw clients, valid envelope JSON
 * (spec section 4), heartbeats keyed by node id, and record timestamps set in the past so a window of minutes holds
 * them without waiting.
 */
public final class Traffic implements AutoCloseable {

    private final KafkaBroker kafka;
    private final KafkaProducer<String, String> producer;
    private final Admin admin;

    public Traffic(KafkaBroker kafka) {
        this.kafka = kafka;
        Map<String, Object> config = kafka.clientProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        this.admin = kafka.admin();
    }

    /** A heartbeat envelope with the given id. */
    public static String heartbeat(String eventId, String nodeId, Instant at) {
        return "{\"event_id\":\"" + eventId + "\",\"event_type\":\"onex.node.heartbeat.published\",\"source\":\"node/"
                + nodeId + "\",\"correlation_id\":\"" + UUID.nameUUIDFromBytes(eventId.getBytes()) + "\",\"timestamp\":\""
                + at + "\",\"payload\":{\"node_id\":\"" + nodeId + "\",\"node_type\":\"EFFECT\",\"node_version\":"
                + "\"1.0.0\",\"uptime_seconds\":1,\"active_operations_count\":0}}";
    }

    /** A fresh event id. */
    public static String id() {
        return UUID.randomUUID().toString();
    }

    /**
     * Publishes heartbeats of a few nodes to the given topics, each event to every topic with the same key and
     * timestamp, as DUAL mode does.
     *
     * @return the event ids in publishing order
     */
    public List<String> heartbeats(int count, Instant from, List<String> topics) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = id();
            String node = "node-" + (i % 5);
            Instant at = from.plusMillis(i * 100L);
            for (String topic : topics) {
                send(topic, node, heartbeat(id, node, at), at);
            }
            ids.add(id);
        }
        producer.flush();
        return ids;
    }

    public void send(String topic, String key, String value, Instant at) {
        send(topic, null, key, value, at);
    }

    /** Writes one record to a given partition (null: by key). */
    public void send(String topic, Integer partition, String key, String value, Instant at) {
        try {
            producer.send(new ProducerRecord<>(topic, partition, at.toEpochMilli(), key, value))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("cannot write to " + topic, e);
        }
    }

    /** Creates topics with 3 partitions. */
    public void topics(String... names) {
        kafka.createTopics(3, names);
    }

    /** Commits positions for a group that has no members, as a consumer that stopped leaves them. */
    public void commit(String group, Map<TopicPartition, Long> positions) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        positions.forEach((tp, offset) -> offsets.put(tp, new OffsetAndMetadata(offset)));
        admin.alterConsumerGroupOffsets(group, offsets).all().get(30, TimeUnit.SECONDS);
    }

    /** The committed positions of a group on a topic. */
    public Map<Integer, Long> committed(String group, String topic) throws Exception {
        Map<Integer, Long> result = new HashMap<>();
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
                .forEach((tp, o) -> {
                    if (tp.topic().equals(topic) && o != null) {
                        result.put(tp.partition(), o.offset());
                    }
                });
        return result;
    }

    /** The metadata of a group's committed positions on a topic. */
    public List<String> metadata(String group, String topic) throws Exception {
        List<String> result = new ArrayList<>();
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
                .forEach((tp, o) -> {
                    if (tp.topic().equals(topic) && o != null) {
                        result.add(o.metadata());
                    }
                });
        return result;
    }

    /** A consumer of a group, subscribed to the topics; the caller closes it. */
    public KafkaConsumer<String, String> consumer(String group, List<String> topics) {
        Map<String, Object> config = kafka.clientProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(topics);
        return consumer;
    }

    /**
     * Reads every event of the topics in the group from its committed positions (or the earliest offsets) to the
     * end offsets the partitions had when it joined, committing as it goes.
     *
     * @return the event ids read, in order
     */
    public List<String> drain(String group, List<String> topics) {
        return process(group, topics, Integer.MAX_VALUE);
    }

    /**
     * Processes up to {@code limit} events in the group, committing after each, then leaves the group; stops early
     * at the end offsets its partitions had when it joined. A partition it processed nothing from gets its first
     * offset committed, as a consumer that started from the earliest offset would leave it.
     *
     * @return the event ids processed, in order
     */
    public List<String> process(String group, List<String> topics, int limit) {
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(group, topics)) {
            Set<TopicPartition> processed = new HashSet<>();
            long quietSince = System.nanoTime();
            Map<TopicPartition, Long> ends = Map.of();
            while (seen.size() < limit && System.nanoTime() - quietSince < Duration.ofSeconds(5).toNanos()) {
                if (ends.isEmpty() && !consumer.assignment().isEmpty()) {
                    ends = consumer.endOffsets(consumer.assignment());
                }
                if (!ends.isEmpty() && ends.entrySet().stream()
                        .allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    break; // read up to where the topics ended when it joined
                }
                boolean any = false;
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    if (seen.size() == limit) {
                        break;
                    }
                    any = true;
                    seen.add(EventIds.of(record.value().getBytes()).orElseThrow());
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    processed.add(partition);
                    consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
                }
                if (any) {
                    quietSince = System.nanoTime();
                }
            }
            Map<TopicPartition, OffsetAndMetadata> untouched = new HashMap<>();
            consumer.beginningOffsets(consumer.assignment()).forEach((partition, offset) -> {
                if (!processed.contains(partition)) {
                    untouched.put(partition, new OffsetAndMetadata(offset));
                }
            });
            consumer.commitSync(untouched);
        }
        return seen;
    }

    @Override
    public void close() {
        producer.close();
        admin.close();
    }
}
