package io.onex.plugin.provision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One topic as the cluster must have it.
 *
 * @param name full topic name, tenant prefix included
 * @param partitions partition count
 * @param retentionMs value of {@code retention.ms}
 * @param cleanupPolicy value of {@code cleanup.policy}, e.g. {@code delete}
 * @param keyed whether records are keyed; adding partitions to a keyed topic moves keys between partitions
 */
public record TopicSpec(String name, int partitions, long retentionMs, String cleanupPolicy, boolean keyed) {

    /** Kafka's {@code retention.ms} topic config. */
    public static final String RETENTION_MS = "retention.ms";
    /** Kafka's {@code cleanup.policy} topic config. */
    public static final String CLEANUP_POLICY = "cleanup.policy";

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1: " + name);
        }
    }

    /** The configs ONEX manages with their desired values: {@code retention.ms}, then {@code cleanup.policy}. */
    public Map<String, String> configs() {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put(RETENTION_MS, Long.toString(retentionMs));
        configs.put(CLEANUP_POLICY, cleanupPolicy);
        return configs;
    }
}
