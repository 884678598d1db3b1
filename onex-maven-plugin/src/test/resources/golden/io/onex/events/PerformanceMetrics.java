package io.onex.events;

import io.onex.sdk.OnexValidationException;
import io.onex.sdk.codec.Checks;
import javax.annotation.processing.Generated;

/**
 * Optional resource usage snapshot taken when the event was built (spec section 14). Each metric is optional because not every platform can measure it; an absent metric is unknown, not zero.
 *
 * <p>Generated from {@code node-introspection-published.v1.schema.json#/properties/performance_metrics}.
 *
 * @param cpuUsagePercent CPU usage of the node process as a percentage of its allotted CPU, 0 to 100. (JSON {@code cpu_usage_percent}, optional)
 * @param memoryUsageMb Resident memory of the node process in mebibytes. (JSON {@code memory_usage_mb}, optional)
 * @param uptimeSeconds Whole seconds since the node process started; a decrease between two events reveals a restart. (JSON {@code uptime_seconds}, optional)
 * @param activeOperationsCount Operations the node is executing right now. (JSON {@code active_operations_count}, optional)
 */
@Generated("io.onex.plugin.generate.RecordGenerator")
public record PerformanceMetrics(Double cpuUsagePercent, Double memoryUsageMb, Long uptimeSeconds,
        Long activeOperationsCount) {
    public PerformanceMetrics {
        if (cpuUsagePercent != null) {
            Checks.minimum("cpu_usage_percent", cpuUsagePercent, 0.0);
            Checks.maximum("cpu_usage_percent", cpuUsagePercent, 100.0);
        }
        if (memoryUsageMb != null) {
            Checks.minimum("memory_usage_mb", memoryUsageMb, 0.0);
        }
        if (uptimeSeconds != null) {
            Checks.minimum("uptime_seconds", uptimeSeconds, 0L);
        }
        if (activeOperationsCount != null) {
            Checks.minimum("active_operations_count", activeOperationsCount, 0L);
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
        return new Builder().cpuUsagePercent(cpuUsagePercent).memoryUsageMb(memoryUsageMb).uptimeSeconds(uptimeSeconds).activeOperationsCount(activeOperationsCount);
    }

    /**
     * Builds a {@link PerformanceMetrics} step by step; {@link #build()} runs every check of the record.
     */
    public static final class Builder {
        private Double cpuUsagePercent;

        private Double memoryUsageMb;

        private Long uptimeSeconds;

        private Long activeOperationsCount;

        private Builder() {
        }

        /**
         * Sets {@code cpu_usage_percent}.
         */
        public Builder cpuUsagePercent(Double cpuUsagePercent) {
            this.cpuUsagePercent = cpuUsagePercent;
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
         * @throws OnexValidationException when a required field is missing or a constraint is broken
         */
        public PerformanceMetrics build() {
            return new PerformanceMetrics(cpuUsagePercent, memoryUsageMb, uptimeSeconds, activeOperationsCount);
        }
    }
}
