package io.onex.plugin.migration;

import io.onex.plugin.provision.ClusterAccessException;
import io.onex.plugin.provision.KafkaCalls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads records of single partitions between two offsets with a consumer that belongs to no group: it commits
 * nothing and never joins or disturbs a group of the cluster.
 */
final class RecordScanner implements AutoCloseable {

    /** What the principal needs to scan. */
    static final String READ_HINT = "the migration goals need a principal allowed to describe and read the legacy"
            + " and ONEX topics and to describe the consumer groups (a cutover also reads and alters the two groups)";

    private static final Duration POLL = Duration.ofMillis(200);

    /**
     * One record.
     *
     * @param offset its offset
     * @param timestamp its timestamp, epoch milliseconds
     * @param eventId its envelope's {@code event_id}, when the value has one
     */
    record Scanned(long offset, long timestamp, Optional<String> eventId) {
    }

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Duration timeout;

    RecordScanner(Map<String, String> clientProperties, Duration timeout) throws ClusterAccessException {
        Map<String, Object> config = new HashMap<>(clientProperties);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Reads are bounded by offsets already known to exist; a fetch left waiting at the end of a partition would
        // hold up the next request on the connection for the broker's full wait.
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "20");
        config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "onex-migration");
        config.putIfAbsent(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(timeout.toMillis()));
        config.putIfAbsent(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(timeout.toMillis()));
        try {
            this.consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        } catch (KafkaException e) {
            throw new ClusterAccessException("cannot create a Kafka consumer for "
                    + clientProperties.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG) + ": " + e.getMessage(), e);
        }
        this.timeout = timeout;
    }

    /**
     * The offset of the first record whose timestamp is at or after the given time.
     *
     * @return empty when no record is that young
     */
    Optional<Long> offsetForTime(TopicPartition partition, long timestamp) throws ClusterAccessException {
        try {
            OffsetAndTimestamp found = consumer.offsetsForTimes(Map.of(partition, timestamp), timeout).get(partition);
            return found == null ? Optional.empty() : Optional.of(found.offset());
        } catch (KafkaException e) {
            throw KafkaCalls.failure(e, timeout, "looking up offsets by time on " + partition, READ_HINT);
        }
    }

    /** The first offset still in the log. */
    long beginning(TopicPartition partition) throws ClusterAccessException {
        try {
            return consumer.beginningOffsets(List.of(partition), timeout).get(partition);
        } catch (KafkaException e) {
            throw KafkaCalls.failure(e, timeout, "looking up the first offset of " + partition, READ_HINT);
        }
    }

    /** The offset the next record will get. */
    long end(TopicPartition partition) throws ClusterAccessException {
        try {
            return consumer.endOffsets(List.of(partition), timeout).get(partition);
        } catch (KafkaException e) {
            throw KafkaCalls.failure(e, timeout, "looking up the end offset of " + partition, READ_HINT);
        }
    }

    /**
     * The records at offsets {@code from} (inclusive) to {@code to} (exclusive), in offset order. Offsets without a
     * record (compacted, transaction markers) are skipped; a wait longer than the timeout without any progress
     * fails.
     */
    List<Scanned> read(TopicPartition partition, long from, long to) throws ClusterAccessException {
        List<Scanned> records = new ArrayList<>();
        if (from >= to) {
            return records;
        }
        try {
            consumer.assign(List.of(partition));
            consumer.seek(partition, from);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (consumer.position(partition, timeout) < to) {
                boolean progress = false;
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL).records(partition)) {
                    progress = true;
                    if (record.offset() >= from && record.offset() < to) {
                        records.add(new Scanned(record.offset(), record.timestamp(), EventIds.of(record.value())));
                    }
                }
                if (progress) {
                    deadline = System.nanoTime() + timeout.toNanos();
                } else if (System.nanoTime() > deadline) {
                    throw new ClusterAccessException("no records from " + partition + " within " + timeout.toSeconds()
                            + " s while reading offsets " + from + " to " + to + "; " + READ_HINT, null);
                }
            }
        } catch (KafkaException e) {
            throw KafkaCalls.failure(e, timeout, "reading " + partition, READ_HINT);
        } finally {
            consumer.unsubscribe();
        }
        return records;
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(timeout));
    }
}
