package io.onex.sdk;

/**
 * Where a published event landed.
 *
 * @param topic the topic name written to
 * @param partition the partition
 * @param offset the offset within the partition
 * @param key the key the keying rule derived
 */
public record PublishResult(String topic, int partition, long offset, String key) {
}
