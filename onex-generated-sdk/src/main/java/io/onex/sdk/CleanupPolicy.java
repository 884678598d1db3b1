package io.onex.sdk;

/** Kafka {@code cleanup.policy} of a catalog topic. */
public enum CleanupPolicy {
    DELETE("delete"),
    COMPACT("compact");

    private final String kafkaName;

    CleanupPolicy(String kafkaName) {
        this.kafkaName = kafkaName;
    }

    /** The value of Kafka's {@code cleanup.policy} config. */
    public String kafkaName() {
        return kafkaName;
    }
}
