package io.onex.sdk.lifecycle;

/**
 * The measured part of an {@code onex.node.heartbeat.published.v1} payload.
 *
 * @param uptimeSeconds seconds since the JVM started
 * @param activeOperationsCount operations the node reports as in progress ({@link ActiveOperations})
 * @param memoryUsageMb used JVM heap in MiB
 * @param cpuUsagePercent the process's recent CPU load over all cores, 0 to 100 (0 when the JVM cannot tell)
 */
public record HeartbeatSample(long uptimeSeconds, long activeOperationsCount, double memoryUsageMb,
        double cpuUsagePercent) {
}
