package io.onex.sdk.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The publishing metrics of spec section 14, tagged with the bus's {@code source}:
 * <ul>
 *   <li>{@code publish_latency_ms} timer per topic, publish call to acknowledgement, with p50 and p99;</li>
 *   <li>{@code publish_success} and {@code publish_failure} counters, and {@code publish_success_rate},
 *       the percentage of accepted events that were acknowledged (NaN before the first outcome);</li>
 *   <li>{@code event_queue_depth}: events accepted and not yet acknowledged or failed;</li>
 *   <li>{@code circuit_breaker_open_count}: 1 while the bus's breaker is not CLOSED, else 0;</li>
 *   <li>{@code publish_rejected} counter by reason, {@code payload_size_bytes} per topic and
 *       {@code payload_size_exceeded} per topic (above the warning size).</li>
 * </ul>
 */
final class BusMetrics {

    static final String PUBLISH_LATENCY = "publish_latency_ms";
    static final String PUBLISH_SUCCESS = "publish_success";
    static final String PUBLISH_FAILURE = "publish_failure";
    static final String PUBLISH_SUCCESS_RATE = "publish_success_rate";
    static final String EVENT_QUEUE_DEPTH = "event_queue_depth";
    static final String CIRCUIT_BREAKER_OPEN_COUNT = "circuit_breaker_open_count";
    static final String PUBLISH_REJECTED = "publish_rejected";
    static final String PAYLOAD_SIZE = "payload_size_bytes";
    static final String PAYLOAD_SIZE_EXCEEDED = "payload_size_exceeded";

    private final MeterRegistry registry;
    private final Tags tags;
    private final Counter success;
    private final Counter failure;
    private final Map<String, Timer> latency = new ConcurrentHashMap<>();
    private final Map<String, DistributionSummary> sizes = new ConcurrentHashMap<>();
    private final List<Meter> gauges = new CopyOnWriteArrayList<>();

    BusMetrics(MeterRegistry registry, String source, Supplier<Number> queueDepth, Supplier<Number> breakerOpen) {
        this.registry = registry;
        this.tags = Tags.of("source", source);
        this.success = Counter.builder(PUBLISH_SUCCESS).description("Events acknowledged by Kafka").tags(tags).register(registry);
        this.failure = Counter.builder(PUBLISH_FAILURE).description("Accepted events Kafka did not acknowledge")
                .tags(tags).register(registry);
        gauges.add(Gauge.builder(PUBLISH_SUCCESS_RATE, this, BusMetrics::successRate)
                .description("Percentage of accepted events that were acknowledged").baseUnit("percent")
                .tags(tags).register(registry));
        gauges.add(Gauge.builder(EVENT_QUEUE_DEPTH, queueDepth).description("Events waiting for acknowledgement in the local buffer")
                .tags(tags).register(registry));
        gauges.add(Gauge.builder(CIRCUIT_BREAKER_OPEN_COUNT, breakerOpen).description("Open circuit breakers (1 while not CLOSED)")
                .tags(tags).register(registry));
    }

    private double successRate() {
        double ok = success.count();
        double total = ok + failure.count();
        return total == 0 ? Double.NaN : 100.0 * ok / total;
    }

    void acknowledged(String topic, long elapsedNanos) {
        success.increment();
        latencyTimer(topic).record(Duration.ofNanos(elapsedNanos));
    }

    void failed(String topic, long elapsedNanos) {
        failure.increment();
        latencyTimer(topic).record(Duration.ofNanos(elapsedNanos));
    }

    void rejected(String topic, String reason) {
        Counter.builder(PUBLISH_REJECTED).description("Events refused before sending").tags(tags)
                .tag("topic", topic).tag("reason", reason).register(registry).increment();
    }

    void payloadSize(String topic, int bytes, boolean exceeded) {
        sizes.computeIfAbsent(topic, t -> DistributionSummary.builder(PAYLOAD_SIZE).baseUnit("bytes")
                .description("Serialized envelope size").tags(tags).tag("topic", t).register(registry)).record(bytes);
        if (exceeded) {
            Counter.builder(PAYLOAD_SIZE_EXCEEDED).description("Envelopes above the payload warning size")
                    .tags(tags).tag("topic", topic).register(registry).increment();
        }
    }

    private Timer latencyTimer(String topic) {
        return latency.computeIfAbsent(topic, t -> Timer.builder(PUBLISH_LATENCY)
                .description("Time from publish to Kafka acknowledgement")
                .publishPercentiles(0.5, 0.99)
                .tags(tags).tag("topic", t)
                .register(registry));
    }

    /** Removes the gauges, whose values would otherwise outlive the bus. */
    void close() {
        gauges.forEach(registry::remove);
    }
}
