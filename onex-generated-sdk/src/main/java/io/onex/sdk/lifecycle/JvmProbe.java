package io.onex.sdk.lifecycle;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.RuntimeMXBean;

/** Reads uptime, heap and process CPU from the JVM's management beans. */
public final class JvmProbe {

    private static final double MIB = 1024.0 * 1024.0;

    private final RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();

    /** Seconds since the JVM started. */
    public long uptimeSeconds() {
        return runtime.getUptime() / 1000;
    }

    /** Used heap in MiB, rounded to one decimal. */
    public double usedHeapMb() {
        return Math.round(memory.getHeapMemoryUsage().getUsed() / MIB * 10.0) / 10.0;
    }

    /**
     * The process's recent CPU load in percent of all cores, rounded to one decimal; 0 when the
     * platform bean does not report it (not a HotSpot-compatible JVM, or no sample yet).
     */
    public double processCpuPercent() {
        if (os instanceof com.sun.management.OperatingSystemMXBean bean) {
            double load = bean.getProcessCpuLoad();
            if (load >= 0 && !Double.isNaN(load)) {
                return Math.round(Math.min(1.0, load) * 1000.0) / 10.0;
            }
        }
        return 0.0;
    }

    /** A heartbeat sample with the given count of active operations. */
    public HeartbeatSample sample(long activeOperations) {
        return new HeartbeatSample(uptimeSeconds(), activeOperations, usedHeapMb(), processCpuPercent());
    }
}
