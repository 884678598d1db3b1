package io.onex.sdk.lifecycle;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle of one node on the event bus: introspection at start, a heartbeat every 30
 * seconds (configurable) measured from the JVM, introspection re-emission when a request targets
 * the node (rate-limited), and a shutdown announcement on graceful close.
 *
 * <p>It publishes through small functions, so it works with any publisher; the generated
 * publishers plug in as method references, e.g.
 * {@code .heartbeat(sample -> nodePublisher.publishHeartbeat(new NodeHeartbeat(...sample...)))}.
 */
public final class NodeLifecycle implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NodeLifecycle.class);
    /** The reason of the shutdown announcement sent by {@link #close()}. */
    public static final String GRACEFUL_SHUTDOWN = "graceful_shutdown";

    /** Publishes one heartbeat built from the sample. */
    @FunctionalInterface
    public interface HeartbeatSender {
        CompletableFuture<?> send(HeartbeatSample sample);
    }

    /** Publishes the node's introspection (capabilities snapshot). */
    @FunctionalInterface
    public interface IntrospectionEmitter {
        CompletableFuture<?> emit();
    }

    /** Publishes the shutdown announcement with the given reason. */
    @FunctionalInterface
    public interface ShutdownAnnouncer {
        CompletableFuture<?> announce(String reason);
    }

    private final String nodeId;
    private final Duration heartbeatInterval;
    private final HeartbeatSender heartbeat;
    private final IntrospectionEmitter introspection;
    private final ShutdownAnnouncer shutdown;
    private final List<AutoCloseable> closeAfter;
    private final IntrospectionRequestFilter requestFilter;
    private final JvmProbe probe;
    private final ActiveOperations activeOperations = new ActiveOperations();
    private final MeterRegistry registry;
    private final ScheduledExecutorService scheduler;
    private boolean started;
    private boolean closed;

    private NodeLifecycle(Builder b) {
        this.nodeId = b.nodeId;
        this.heartbeatInterval = b.heartbeatInterval;
        this.heartbeat = b.heartbeat;
        this.introspection = b.introspection;
        this.shutdown = b.shutdown;
        this.closeAfter = List.copyOf(b.closeAfter);
        this.requestFilter = new IntrospectionRequestFilter(b.nodeId, b.nodeType, b.introspectionMinInterval, b.clock);
        this.probe = b.probe;
        this.registry = b.registry;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "onex-lifecycle-" + b.nodeId);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param nodeId the node id (the key of every lifecycle event)
     * @param nodeType the node type, e.g. {@code EFFECT} (matched against {@code target_node_types})
     */
    public static Builder builder(String nodeId, String nodeType) {
        return new Builder(nodeId, nodeType);
    }

    /** Emits introspection (if configured) and starts the heartbeat (first one at once). */
    public synchronized NodeLifecycle start() {
        if (started) {
            throw new IllegalStateException("node lifecycle of " + nodeId + " already started");
        }
        started = true;
        if (introspection != null) {
            requestFilter.emitted();
            report("introspection", introspection.emit());
        }
        if (heartbeat != null) {
            scheduler.scheduleAtFixedRate(this::heartbeatNow, 0, heartbeatInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** The counter the node updates around its operations. */
    public ActiveOperations activeOperations() {
        return activeOperations;
    }

    /** Sends one heartbeat now (also what the schedule calls). */
    public void heartbeatNow() {
        if (heartbeat == null) {
            return;
        }
        try {
            report("heartbeat", heartbeat.send(probe.sample(activeOperations.current())));
        } catch (RuntimeException e) {
            counter("heartbeat_failures").increment();
            LOG.warn("node {}: heartbeat could not be published: {}", nodeId, e.toString());
        }
    }

    /**
     * Handles an {@code onex.registry.introspection.requested.v1} request: re-emits introspection
     * when it targets this node and the rate limit allows.
     *
     * @return what was decided
     */
    public IntrospectionRequestFilter.Decision onIntrospectionRequest(List<String> targetNodeIds, List<String> targetNodeTypes) {
        IntrospectionRequestFilter.Decision decision = requestFilter.offer(targetNodeIds, targetNodeTypes);
        Counter.builder("introspection_requests").tag("node_id", nodeId).tag("decision", decision.name())
                .register(registry).increment();
        if (decision == IntrospectionRequestFilter.Decision.REEMIT && introspection != null) {
            report("introspection", introspection.emit());
        } else if (decision == IntrospectionRequestFilter.Decision.RATE_LIMITED) {
            LOG.debug("node {}: introspection request ignored, re-emitted less than the minimum interval ago", nodeId);
        }
        return decision;
    }

    /** Closes with a 10 second bound on the shutdown announcement. */
    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }

    /**
     * Stops the heartbeat, announces {@value #GRACEFUL_SHUTDOWN} and waits up to {@code timeout}
     * for its acknowledgement, then closes the resources given to {@link Builder#thenClose}.
     */
    public synchronized void close(Duration timeout) {
        if (closed) {
            return;
        }
        closed = true;
        scheduler.shutdownNow();
        try {
            if (shutdown != null && started) {
                try {
                    shutdown.announce(GRACEFUL_SHUTDOWN).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException | TimeoutException | RuntimeException e) {
                    LOG.warn("node {}: shutdown announcement was not acknowledged: {}", nodeId,
                            e instanceof ExecutionException ? e.getCause().toString() : e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        } finally {
            for (AutoCloseable resource : closeAfter) {
                try {
                    resource.close();
                } catch (Exception e) {
                    LOG.warn("node {}: closing {} failed", nodeId, resource, e);
                }
            }
        }
    }

    private void report(String what, CompletableFuture<?> future) {
        future.whenComplete((ok, error) -> {
            if (error == null) {
                counter(what + "_published").increment();
            } else {
                counter(what + "_failures").increment();
                LOG.warn("node {}: {} was not published: {}", nodeId, what, error.toString());
            }
        });
    }

    private Counter counter(String name) {
        return Counter.builder(name).tag("node_id", nodeId).register(registry);
    }

    /** Options of a {@link NodeLifecycle}. */
    public static final class Builder {
        private final String nodeId;
        private final String nodeType;
        private final List<AutoCloseable> closeAfter = new ArrayList<>();
        private Duration heartbeatInterval = Duration.ofSeconds(30);
        private Duration introspectionMinInterval = Duration.ofSeconds(10);
        private HeartbeatSender heartbeat;
        private IntrospectionEmitter introspection;
        private ShutdownAnnouncer shutdown;
        private Clock clock = Clock.systemUTC();
        private JvmProbe probe = new JvmProbe();
        private MeterRegistry registry = Metrics.globalRegistry;

        private Builder(String nodeId, String nodeType) {
            this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
            this.nodeType = Objects.requireNonNull(nodeType, "nodeType");
        }

        public Builder heartbeat(HeartbeatSender sender) {
            this.heartbeat = sender;
            return this;
        }

        /** Default 30 s (spec section 6.1). */
        public Builder heartbeatInterval(Duration interval) {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("heartbeat interval must be positive");
            }
            this.heartbeatInterval = interval;
            return this;
        }

        public Builder introspection(IntrospectionEmitter emitter) {
            this.introspection = emitter;
            return this;
        }

        /** At most one re-emission per interval on request; default 10 s. */
        public Builder introspectionMinInterval(Duration interval) {
            this.introspectionMinInterval = interval;
            return this;
        }

        public Builder shutdownAnnouncer(ShutdownAnnouncer announcer) {
            this.shutdown = announcer;
            return this;
        }

        /** Resources closed, in order, after the shutdown announcement (consumer runners, then the bus). */
        public Builder thenClose(AutoCloseable... resources) {
            closeAfter.addAll(List.of(resources));
            return this;
        }

        /** Clock of the introspection rate limit. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder probe(JvmProbe probe) {
            this.probe = probe;
            return this;
        }

        public Builder meterRegistry(MeterRegistry registry) {
            this.registry = registry;
            return this;
        }

        public NodeLifecycle build() {
            return new NodeLifecycle(this);
        }
    }
}
