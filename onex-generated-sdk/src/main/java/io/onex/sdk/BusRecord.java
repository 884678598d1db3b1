package io.onex.sdk;

import java.util.Map;

/**
 * One record as a bus delivers it: the raw bytes plus where it came from, so that a bad record
 * can always be reported with its topic, partition and offset.
 *
 * @param topic topic name
 * @param partition partition
 * @param offset offset within the partition
 * @param key the record key
 * @param value the serialized envelope
 * @param headers record headers (see {@link OnexHeaders})
 */
public record BusRecord(String topic, int partition, long offset, String key, byte[] value, Map<String, String> headers) {
    public BusRecord {
        headers = Map.copyOf(headers);
    }
}
