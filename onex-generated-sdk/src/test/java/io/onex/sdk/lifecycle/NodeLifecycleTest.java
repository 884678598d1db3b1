package io.onex.sdk.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.onex.sdk.testing.MutableClock;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NodeLifecycleTest {

    private static final double MIB = 1024.0 * 1024.0;

    private final List<HeartbeatSample> heartbeats = new CopyOnWriteArrayList<>();
    private final List<Long> heartbeatNanos = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:30:00Z"));

    private NodeLifecycle.Builder lifecycle() {
        return NodeLifecycle.builder("postgres-adapter-001", "EFFECT")
                .heartbeat(s -> {
                    heartbeatNanos.add(System.nanoTime());
                    heartbeats.add(s);
                    return CompletableFuture.completedFuture(null);
                })
                .introspection(() -> {
                    log.add("introspection");
                    return CompletableFuture.completedFuture(null);
                })
                .shutdownAnnouncer(reason -> {
                    log.add("shutdown:" + reason);
                    return CompletableFuture.completedFuture(null);
                })
                .clock(clock)
                .meterRegistry(new SimpleMeterRegistry());
    }

    @Test
    @DisplayName("start emits introspection and heartbeats at the configured interval with values measured from the JVM")
    void heartbeats() {
        RuntimeMXBean jvm = ManagementFactory.getRuntimeMXBean();
        long uptimeBefore = jvm.getUptime() / 1000;
        long startNanos = System.nanoTime();
        try (NodeLifecycle node = lifecycle().heartbeatInterval(Duration.ofMillis(50)).build().start()) {
            ActiveOperations.Scope op1 = node.activeOperations().begin();
            ActiveOperations.Scope op2 = node.activeOperations().begin();
            op2.close();
            op2.close();
            await().atMost(Duration.ofSeconds(30)).until(() -> heartbeats.size() >= 3);
            long uptimeAfter = jvm.getUptime() / 1000;
            assertThat(log).startsWith("introspection");
            // The first beat is due at start, the third two intervals later, never earlier.
            assertThat(heartbeatNanos.get(2) - startNanos).as("nanoseconds from start to the third heartbeat")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());
            HeartbeatSample last = heartbeats.get(heartbeats.size() - 1);
            assertThat(last.activeOperationsCount()).isEqualTo(1);
            assertThat(last.uptimeSeconds()).as("the JVM's uptime in seconds").isBetween(uptimeBefore, uptimeAfter);
            assertThat(last.memoryUsageMb()).as("used heap in MiB").isPositive()
                    .isLessThanOrEqualTo(Runtime.getRuntime().maxMemory() / MIB);
            assertThat(last.cpuUsagePercent()).as("CPU percent, one decimal").isBetween(0.0, 100.0)
                    .isEqualTo(oneDecimal(last.cpuUsagePercent()));
            op1.close();
        }
    }

    @Test
    @DisplayName("closing stops the heartbeat, announces graceful_shutdown, then closes the given resources in order")
    void gracefulClose() {
        NodeLifecycle node = lifecycle().heartbeatInterval(Duration.ofHours(1))
                .thenClose(() -> log.add("consumer closed"), () -> log.add("bus closed")).build().start();
        node.close();
        node.close();
        assertThat(log).containsExactly("introspection", "shutdown:graceful_shutdown", "consumer closed", "bus closed");
    }

    @Test
    @DisplayName("a failed shutdown announcement still closes the resources")
    void failedAnnouncement() {
        NodeLifecycle node = NodeLifecycle.builder("n", "EFFECT")
                .shutdownAnnouncer(r -> CompletableFuture.failedFuture(new IllegalStateException("broker down")))
                .thenClose(() -> log.add("bus closed")).meterRegistry(new SimpleMeterRegistry()).build().start();
        node.close(Duration.ofSeconds(1));
        assertThat(log).containsExactly("bus closed");
    }

    @Test
    @DisplayName("a targeted request re-emits introspection, within the rate limit")
    void introspectionRequests() {
        try (NodeLifecycle node = lifecycle().heartbeatInterval(Duration.ofHours(1))
                .introspectionMinInterval(Duration.ofSeconds(10)).build().start()) {
            clock.advance(Duration.ofSeconds(10));
            assertThat(node.onIntrospectionRequest(null, List.of("EFFECT"))).isEqualTo(IntrospectionRequestFilter.Decision.REEMIT);
            assertThat(node.onIntrospectionRequest(null, null)).isEqualTo(IntrospectionRequestFilter.Decision.RATE_LIMITED);
            assertThat(node.onIntrospectionRequest(List.of("other"), null)).isEqualTo(IntrospectionRequestFilter.Decision.NOT_TARGETED);
            assertThat(log).containsExactly("introspection", "introspection");
        }
    }

    @Test
    @DisplayName("the JVM probe reports plausible values")
    void probe() {
        JvmProbe probe = new JvmProbe();
        RuntimeMXBean jvm = ManagementFactory.getRuntimeMXBean();
        long uptimeBefore = jvm.getUptime() / 1000;
        long uptime = probe.uptimeSeconds();
        assertThat(uptime).as("the JVM's uptime in seconds").isBetween(uptimeBefore, jvm.getUptime() / 1000);
        assertThat(probe.usedHeapMb()).as("used heap in MiB").isPositive()
                .isLessThanOrEqualTo(Runtime.getRuntime().maxMemory() / MIB);

        // The load is measured since the previous reading: read once, keep one core busy, read again.
        probe.processCpuPercent();
        busy(Duration.ofMillis(300));
        double cpu = probe.processCpuPercent();
        assertThat(cpu).as("percent (not a fraction) of all cores after 300 ms of a busy thread, one decimal")
                .isGreaterThan(1.0).isLessThanOrEqualTo(100.0).isEqualTo(oneDecimal(cpu));

        assertThat(probe.sample(4).activeOperationsCount()).isEqualTo(4);
    }

    private static double oneDecimal(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

    private static void busy(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
