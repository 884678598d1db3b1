package io.onex.plugin.model;

import java.util.Arrays;
import java.util.Optional;

/** Kafka {@code cleanup.policy} of a topic. */
public enum CleanupPolicy {
    DELETE("delete"),
    COMPACT("compact");

    private final String kafkaName;

    CleanupPolicy(String kafkaName) {
        this.kafkaName = kafkaName;
    }

    public String kafkaName() {
        return kafkaName;
    }

    public static Optional<CleanupPolicy> fromKafkaName(String name) {
        return Arrays.stream(values()).filter(p -> p.kafkaName.equals(name)).findFirst();
    }
}
