package io.onex.sdk.node;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.onex.events.IntrospectionRequestPayload;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.NodeIntrospectionPayload;
import io.onex.events.NodeShutdownPayload;
import io.onex.events.NodeType;
import io.onex.events.OnexTopics;
import io.onex.events.PerformanceMetrics;
import io.onex.rules.Tenant;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.PublishResult;
import io.onex.sdk.kafka.KafkaEventBus;
import io.onex.sdk.kafka.OnexConsumerRunner;
import io.onex.sdk.lifecycle.ActiveOperations;
import io.onex.sdk.lifecycle.HeartbeatSample;
import io.onex.sdk.lifecycle.IntrospectionRequestFilter;
import io.onex.sdk.lifecycle.JvmProbe;
import io.onex.sdk.lifecycle.NodeLifecycle;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * One ONEX node on Kafka: publishes its introspection at start and on targeted requests
 * (rate-limited), a heartbeat every 30 seconds measured from the JVM, and a shutdown
 * announcement on close; optionally listens for introspection requests itself.
 *
 * <pre>{@code
 * KafkaEventBus bus = KafkaEventBusConfig.builder(bootstrap, "node/postgres-adapter").buildBus();
 * InfraEvents.publishCircuitBreakerTransitions(bus);
 * try (OnexNode node = OnexNode.builder(bus, "postgres-adapter-001", NodeType.EFFECT)
 *         .nodeVersion("1.0.0")
 *         .introspection(() -> NodeIntrospectionPayload.builder()...build())
 *         .listenForIntrospectionRequests(clientProperties)
 *         .closeBusOnClose()
 *         .build().start()) {
 *     try (var op = node.activeOperations().begin()) { ... }
 * }
 * }</pre>
 */
public final class OnexNode implements AutoCloseable {

    private final KafkaEventBus bus;
    private final String nodeId;
    private final NodeType nodeType;
    private final String nodeVersion;
    private final Supplier<NodeIntrospectionPayload> introspection;
    private final JvmProbe probe;
    private final NodeLifecycle lifecycle;
    private final OnexConsumerRunner requests;

    private OnexNode(Builder b) {
        this.bus = b.bus;
        this.nodeId = b.nodeId;
        this.nodeType = b.nodeType;
        this.nodeVersion = b.nodeVersion;
        this.introspection = b.introspection != null ? b.introspection : this::minimalIntrospection;
        this.probe = b.probe;
        this.requests = b.requestClientProperties == null ? null
                : OnexConsumerRunner.builder(b.requestClientProperties, new IntrospectionRequestDispatcher(this::onIntrospectionRequest))
                        // every node instance must see every request: one group per node, new requests only
                        .service(b.requestListenerService != null ? b.requestListenerService : b.nodeId)
                        .autoOffsetReset("latest")
                        .topicMode(bus.topicNames().mode()).tenant(tenantOf(bus))
                        .meterRegistry(b.registry).build();
        List<AutoCloseable> closeAfter = new ArrayList<>();
        if (requests != null) {
            closeAfter.add(requests);
        }
        closeAfter.addAll(b.closeAfter);
        if (b.closeBus) {
            closeAfter.add(bus);
        }
        this.lifecycle = NodeLifecycle.builder(b.nodeId, b.nodeType.json())
                .heartbeatInterval(b.heartbeatInterval)
                .introspectionMinInterval(b.introspectionMinInterval)
                .heartbeat(this::publishHeartbeat)
                .introspection(this::publishIntrospection)
                .shutdownAnnouncer(this::announceShutdown)
                .thenClose(closeAfter.toArray(AutoCloseable[]::new))
                .clock(b.clock)
                .probe(b.probe)
                .meterRegistry(b.registry)
                .build();
    }

    private static String tenantOf(KafkaEventBus bus) {
        return bus.config().tenant().map(Tenant::id).orElse(null);
    }

    /** @param nodeId the node id, the key of every lifecycle event (e.g. {@code postgres-adapter-001}) */
    public static Builder builder(KafkaEventBus bus, String nodeId, NodeType nodeType) {
        return new Builder(bus, nodeId, nodeType);
    }

    /** Publishes introspection, starts the heartbeat and the request listener. */
    public OnexNode start() {
        lifecycle.start();
        if (requests != null) {
            requests.start();
        }
        return this;
    }

    public String nodeId() {
        return nodeId;
    }

    /** The counter reported as {@code active_operations_count}. */
    public ActiveOperations activeOperations() {
        return lifecycle.activeOperations();
    }

    /** The request listener's runner, when {@link Builder#listenForIntrospectionRequests} was used. */
    public Optional<OnexConsumerRunner> requestListener() {
        return Optional.ofNullable(requests);
    }

    /**
     * Handles an introspection request (call it from a generated subscriber, or let
     * {@link Builder#listenForIntrospectionRequests} do it): re-emits introspection when the
     * request targets this node and the rate limit allows.
     */
    public IntrospectionRequestFilter.Decision onIntrospectionRequest(EventEnvelope<IntrospectionRequestPayload> request) {
        IntrospectionRequestPayload p = request.payload();
        List<String> types = p.targetNodeTypes() == null ? null : p.targetNodeTypes().stream().map(NodeType::json).toList();
        return lifecycle.onIntrospectionRequest(p.targetNodeIds(), types);
    }

    /** Publishes the introspection snapshot now (adding JVM performance metrics when the supplier gives none). */
    public CompletableFuture<PublishResult> publishIntrospection() {
        NodeIntrospectionPayload payload = introspection.get();
        if (payload.performanceMetrics() == null) {
            HeartbeatSample s = probe.sample(activeOperations().current());
            payload = payload.toBuilder().performanceMetrics(new PerformanceMetrics(s.cpuUsagePercent(), s.memoryUsageMb(),
                    s.uptimeSeconds(), s.activeOperationsCount())).build();
        }
        return publish(OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1, payload);
    }

    private CompletableFuture<PublishResult> publishHeartbeat(HeartbeatSample s) {
        return publish(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, new NodeHeartbeatPayload(nodeId, nodeType, nodeVersion,
                s.uptimeSeconds(), s.activeOperationsCount(), s.memoryUsageMb(), s.cpuUsagePercent()));
    }

    private CompletableFuture<PublishResult> announceShutdown(String reason) {
        return publish(OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1, new NodeShutdownPayload(nodeId, nodeType, reason));
    }

    private <P> CompletableFuture<PublishResult> publish(OnexTopic<P> topic, P payload) {
        return bus.publish(topic, EventEnvelope.create(topic.eventType(), bus.config().source(), payload));
    }

    private NodeIntrospectionPayload minimalIntrospection() {
        return NodeIntrospectionPayload.builder().nodeId(nodeId).nodeType(nodeType).nodeVersion(nodeVersion).build();
    }

    /** Stops the heartbeat, announces {@code graceful_shutdown}, then closes the listener (and the bus if asked). */
    @Override
    public void close() {
        lifecycle.close();
    }

    /** Options of an {@link OnexNode}. */
    public static final class Builder {
        private final KafkaEventBus bus;
        private final String nodeId;
        private final NodeType nodeType;
        private final List<AutoCloseable> closeAfter = new ArrayList<>();
        private String nodeVersion;
        private Supplier<NodeIntrospectionPayload> introspection;
        private Duration heartbeatInterval = Duration.ofSeconds(30);
        private Duration introspectionMinInterval = Duration.ofSeconds(10);
        private Map<String, Object> requestClientProperties;
        private String requestListenerService;
        private boolean closeBus;
        private Clock clock = Clock.systemUTC();
        private JvmProbe probe = new JvmProbe();
        private MeterRegistry registry = Metrics.globalRegistry;

        private Builder(KafkaEventBus bus, String nodeId, NodeType nodeType) {
            this.bus = Objects.requireNonNull(bus, "bus");
            this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
            this.nodeType = Objects.requireNonNull(nodeType, "nodeType");
        }

        /** Semantic version reported in heartbeats and the default introspection. */
        public Builder nodeVersion(String version) {
            this.nodeVersion = version;
            return this;
        }

        /** The introspection snapshot; by default node id, type and version only. */
        public Builder introspection(Supplier<NodeIntrospectionPayload> supplier) {
            this.introspection = supplier;
            return this;
        }

        /** Default 30 s. */
        public Builder heartbeatInterval(Duration interval) {
            this.heartbeatInterval = interval;
            return this;
        }

        /** At most one re-emission per interval on request; default 10 s. */
        public Builder introspectionMinInterval(Duration interval) {
            this.introspectionMinInterval = interval;
            return this;
        }

        /**
         * Consumes introspection requests with these client properties (group
         * {@code [<tenant>.]<nodeId>-onex-v1} unless {@link #requestListenerService} says otherwise, new requests
         * only), under the bus's topic mode and tenant.
         */
        public Builder listenForIntrospectionRequests(Map<String, ?> clientProperties) {
            this.requestClientProperties = Map.copyOf(clientProperties);
            return this;
        }

        /**
         * The service part of the request listener's consumer group, which becomes
         * {@code [<tenant>.]<service>-onex-v1}; default the node id.
         *
         * <p>Why choose it: on a cluster whose ACLs were derived per contract ({@code provision} with
         * {@code aclModel=contracts}) a node's principal may join only groups that start with
         * {@code [<tenant>.]<contract meta.name>-}. A node id that starts with its contract's name and a dash
         * ({@code registry-effect-001} for contract {@code registry-effect}) fits by default; any other id needs a
         * service that does, e.g. {@code "postgres-adapter-" + nodeId}. Keep it unique per node instance: instances
         * that share a group split the requests between them, and each must see every request.
         *
         * @throws IllegalArgumentException when blank
         */
        public Builder requestListenerService(String service) {
            Objects.requireNonNull(service, "service");
            if (service.isBlank()) {
                throw new IllegalArgumentException("the request listener's service name, which names its consumer group,"
                        + " is blank");
            }
            this.requestListenerService = service;
            return this;
        }

        /** Closes these after the shutdown announcement, in order (before the bus). */
        public Builder thenClose(AutoCloseable... resources) {
            closeAfter.addAll(List.of(resources));
            return this;
        }

        /** Closes the bus last when the node closes. */
        public Builder closeBusOnClose() {
            this.closeBus = true;
            return this;
        }

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

        public OnexNode build() {
            return new OnexNode(this);
        }
    }
}
