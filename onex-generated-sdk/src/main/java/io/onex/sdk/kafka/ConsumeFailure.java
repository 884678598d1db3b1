package io.onex.sdk.kafka;

import java.util.Map;

/**
 * A record the consumer runner could not process, with where it came from.
 *
 * @param topic the physical topic (with tenant prefix, if any)
 * @param partition the partition
 * @param offset the offset
 * @param key the record key (UTF-8), or null
 * @param value the raw value, or null for a tombstone
 * @param headers the record headers (UTF-8 values)
 * @param kind what went wrong
 * @param reason a one-line description (for an undecodable record: the JSON pointer and the reason)
 * @param error the exception
 */
public record ConsumeFailure(String topic, int partition, long offset, String key, byte[] value,
        Map<String, String> headers, Kind kind, String reason, Throwable error) {

    public ConsumeFailure {
        headers = Map.copyOf(headers);
    }

    /** What went wrong with a record. */
    public enum Kind {
        /** The value is not a valid envelope of the topic (malformed JSON, schema violation, tombstone). */
        DESERIALIZATION,
        /** The handler threw. */
        HANDLER
    }

    /** {@code topic/partition@offset}, for messages. */
    public String position() {
        return topic + "/" + partition + "@" + offset;
    }
}
