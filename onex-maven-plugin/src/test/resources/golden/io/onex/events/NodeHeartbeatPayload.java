package io.onex.events;

import io.onex.sdk.OnexValidationException;
import io.onex.sdk.codec.Checks;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Payload of onex.node.heartbeat.published.v1 (spec section 6.1): the liveness signal a node sends every 30 seconds. Ephemeral: only the latest heartbeat of a node matters, and a node silent for more than 90 seconds may be unhealthy (spec section 14).
 *
 * <p>Generated from {@code node-heartbeat-published.v1.schema.json#}.
 *
 * @param nodeId The live node; the Kafka key. (JSON {@code node_id}, required)
 * @param nodeType The kind of node. (JSON {@code node_type}, required)
 * @param nodeVersion Semantic version of the node software. (JSON {@code node_version}, optional)
 * @param uptimeSeconds Whole seconds since the node process started; a decrease between two events reveals a restart. (JSON {@code uptime_seconds}, required)
 * @param activeOperationsCount Operations the node is executing right now. (JSON {@code active_operations_count}, optional)
 * @param memoryUsageMb Resident memory of the node process in mebibytes. (JSON {@code memory_usage_mb}, optional)
 * @param cpuUsagePercent CPU usage of the node process as a percentage of its allotted CPU, 0 to 100. (JSON {@code cpu_usage_percent}, optional)
 */
@Generated("io.onex.plugin.generate.RecordGenerator")
public record NodeHeartbeatPayload(String nodeId, NodeType nodeType, String nodeVersion,
        long uptimeSeconds, Long activeOperationsCount, Double memoryUsageMb,
        Double cpuUsagePercent) {
    private static final Pattern NODE_VERSION_PATTERN = Pattern.compile("^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:-(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$");

    public NodeHeartbeatPayload {
        Checks.required("node_id", nodeId);
        Checks.minLength("node_id", nodeId, 1);
        Checks.maxLength("node_id", nodeId, 255);
        Checks.required("node_type", nodeType);
        if (nodeVersion != null) {
            Checks.pattern("node_version", nodeVersion, NODE_VERSION_PATTERN);
        }
        Checks.minimum("uptime_seconds", uptimeSeconds, 0L);
        if (activeOperationsCount != null) {
            Checks.minimum("active_operations_count", activeOperationsCount, 0L);
        }
        if (memoryUsageMb != null) {
            Checks.minimum("memory_usage_mb", memoryUsageMb, 0.0);
        }
        if (cpuUsagePercent != null) {
            Checks.minimum("cpu_usage_percent", cpuUsagePercent, 0.0);
            Checks.maximum("cpu_usage_percent", cpuUsagePercent, 100.0);
        }
    }

    /**
     * A builder with no field set.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's values, for a modified copy.
     */
    public Builder toBuilder() {
        return new Builder().nodeId(nodeId).nodeType(nodeType).nodeVersion(nodeVersion).uptimeSeconds(uptimeSeconds).activeOperationsCount(activeOperationsCount).memoryUsageMb(memoryUsageMb).cpuUsagePercent(cpuUsagePercent);
    }

    /**
     * Builds a {@link NodeHeartbeatPayload} step by step; {@link #build()} runs every check of the record.
     */
    public static final class Builder {
        private String nodeId;

        private NodeType nodeType;

        private String nodeVersion;

        private Long uptimeSeconds;

        private Long activeOperationsCount;

        private Double memoryUsageMb;

        private Double cpuUsagePercent;

        private Builder() {
        }

        /**
         * Sets {@code node_id}.
         */
        public Builder nodeId(String nodeId) {
            this.nodeId = nodeId;
            return this;
        }

        /**
         * Sets {@code node_type}.
         */
        public Builder nodeType(NodeType nodeType) {
            this.nodeType = nodeType;
            return this;
        }

        /**
         * Sets {@code node_version}.
         */
        public Builder nodeVersion(String nodeVersion) {
            this.nodeVersion = nodeVersion;
            return this;
        }

        /**
         * Sets {@code uptime_seconds}.
         */
        public Builder uptimeSeconds(Long uptimeSeconds) {
            this.uptimeSeconds = uptimeSeconds;
            return this;
        }

        /**
         * Sets {@code active_operations_count}.
         */
        public Builder activeOperationsCount(Long activeOperationsCount) {
            this.activeOperationsCount = activeOperationsCount;
            return this;
        }

        /**
         * Sets {@code memory_usage_mb}.
         */
        public Builder memoryUsageMb(Double memoryUsageMb) {
            this.memoryUsageMb = memoryUsageMb;
            return this;
        }

        /**
         * Sets {@code cpu_usage_percent}.
         */
        public Builder cpuUsagePercent(Double cpuUsagePercent) {
            this.cpuUsagePercent = cpuUsagePercent;
            return this;
        }

        /**
         * @throws OnexValidationException when a required field is missing or a constraint is broken
         */
        public NodeHeartbeatPayload build() {
            return new NodeHeartbeatPayload(nodeId, nodeType, nodeVersion, Checks.required("uptime_seconds", uptimeSeconds), activeOperationsCount, memoryUsageMb, cpuUsagePercent);
        }
    }
}
