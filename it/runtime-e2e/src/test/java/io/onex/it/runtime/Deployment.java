package io.onex.it.runtime;

import static io.onex.it.runtime.SecuredCluster.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.onex.events.CircuitBreakerState;
import io.onex.events.CircuitBreakerStateChangedPayload;
import io.onex.events.ErrorDetectedPayload;
import io.onex.events.ErrorSeverity;
import io.onex.events.IntrospectionRequestPayload;
import io.onex.events.NodeDeregisteredPayload;
import io.onex.events.NodeHeartbeatPayload;
import io.onex.events.NodeIntrospectionPayload;
import io.onex.events.NodeRegisteredPayload;
import io.onex.events.NodeRegistrationFailedPayload;
import io.onex.events.NodeShutdownPayload;
import io.onex.events.NodeType;
import io.onex.events.OnexTopics;
import io.onex.events.WorkflowCompletedPayload;
import io.onex.events.WorkflowFailedPayload;
import io.onex.events.WorkflowStartedPayload;
import io.onex.it.runtime.SecuredCluster.Inbox;
import io.onex.it.runtime.SecuredCluster.Seen;
import io.onex.nodes.RegistrationOrchestratorDispatcher;
import io.onex.nodes.RegistrationOrchestratorPublisher;
import io.onex.nodes.RegistryEffectPublisher;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.kafka.KafkaEventBus;
import io.onex.sdk.kafka.OnexConsumerRunner;
import io.onex.sdk.node.InfraEvents;
import io.onex.sdk.node.OnexNode;
import io.onex.sdk.resilience.CircuitBreaker;
import io.onex.testkit.KafkaBroker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The section 13 nodes and a registry side for one tenant (or none), each on the SDK's defaults under its own
 * principal:
 *
 * <ul>
 *   <li>the registry effect node, an {@link OnexNode} that announces itself, beats every half second, answers
 *       introspection requests, announces its shutdown and, where its principal may, publishes its bus's circuit
 *       breaker transitions and an error event;</li>
 *   <li>the registration orchestrator: the generated dispatcher and publisher; it registers a node whose
 *       introspection lists a health endpoint, and fails the registration of one that lists none;</li>
 *   <li>a registry monitor: reads heartbeats, introspection, shutdowns and the infrastructure signals, asks the
 *       node to introspect again, and deregisters a node that shut down;</li>
 *   <li>an observability consumer of every catalog topic.</li>
 * </ul>
 */
final class Deployment implements AutoCloseable {

    static final String NODE_SOURCE = "node/registry-effect";
    static final String REGISTRY_SOURCE = "registry/registry-monitor";

    /**
     * The SASL users the parts run as.
     *
     * @param node the effect node
     * @param orchestrator the registration orchestrator
     * @param registry the registry monitor
     * @param observability the observability consumer
     */
    record Principals(String node, String orchestrator, String registry, String observability) {

        /** The default principals of the class-wide model, {@code [<tenant>.]node-service} and so on. */
        static Principals classWide(String tenant) {
            String prefix = tenant == null ? "" : tenant + ".";
            return new Principals(prefix + "node-service", prefix + "registry-service", prefix + "registry-service",
                    prefix + "observability");
        }
    }

    private final String tenant;
    private final String nodeId;
    private final String standbyId;
    private final Principals principals;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Inbox observed = new Inbox(OnexTopics.ALL);
    private final Inbox registry;
    private final KafkaEventBus nodeBus;
    private final KafkaEventBus registryBus;
    private final KafkaEventBus orchestratorBus;
    private final OnexConsumerRunner orchestrator;
    private final OnexConsumerRunner registryMonitor;
    private final OnexNode node;

    private Deployment(KafkaBroker kafka, String tenant, Principals principals, String nodeId, boolean infraEvents) {
        this.tenant = tenant;
        this.nodeId = nodeId;
        this.standbyId = nodeId + "-standby";
        this.principals = principals;
        open(SecuredCluster.runner(kafka, principals.observability(), observed, "observability", tenant));

        registryBus = open(SecuredCluster.bus(kafka, principals.registry(), REGISTRY_SOURCE, tenant));
        registry = new Inbox(SecuredCluster.concat(SecuredCluster.NODE_TOPICS, SecuredCluster.INFRA_TOPICS))
                .reacting(this::deregisterOnShutdown);
        registryMonitor = open(SecuredCluster.runner(kafka, principals.registry(), registry, "registry-monitor", tenant));

        orchestratorBus = open(SecuredCluster.bus(kafka, principals.orchestrator(),
                RegistrationOrchestratorPublisher.DEFAULT_SOURCE, tenant));
        RegistrationOrchestratorPublisher publisher = new RegistrationOrchestratorPublisher(orchestratorBus);
        orchestrator = open(SecuredCluster.runner(kafka, principals.orchestrator(),
                new RegistrationOrchestratorDispatcher(e -> register(publisher, e)), "registration-orchestrator",
                tenant));

        nodeBus = open(SecuredCluster.bus(kafka, principals.node(), NODE_SOURCE, tenant));
        if (infraEvents) {
            InfraEvents.publishCircuitBreakerTransitions(nodeBus);
        }
        node = OnexNode.builder(nodeBus, nodeId, NodeType.EFFECT).nodeVersion("1.0.0")
                .introspection(() -> introspection(nodeId, true))
                // short intervals so that the test sees several beats and a re-emission soon after the first
                .heartbeatInterval(Duration.ofMillis(500))
                .introspectionMinInterval(Duration.ofMillis(1))
                .listenForIntrospectionRequests(kafka.clientProperties(principals.node()))
                .build();
        resources.add(node);
    }

    /** Builds every part, the consumers started (they read from the earliest offset), then starts the node. */
    static Deployment start(KafkaBroker kafka, String tenant, Principals principals, String nodeId,
            boolean infraEvents) {
        Deployment d = new Deployment(kafka, tenant, principals, nodeId, infraEvents);
        try {
            d.node.start();
            return d;
        } catch (RuntimeException e) {
            d.close();
            throw e;
        }
    }

    private <T extends AutoCloseable> T open(T resource) {
        resources.add(resource);
        return resource;
    }

    private NodeIntrospectionPayload introspection(String id, boolean withHealthEndpoint) {
        NodeIntrospectionPayload.Builder b = NodeIntrospectionPayload.builder().nodeId(id).nodeType(NodeType.EFFECT)
                .nodeVersion("1.0.0").capabilities(Map.of("consul", true, "postgres", true))
                .metadata(Map.of("tenant", tenant == null ? "none" : tenant));
        return withHealthEndpoint ? b.endpoints(Map.of("health", "http://" + id + ":8080/health")).build() : b.build();
    }

    /** The orchestrator's workflow: started, then registered and completed, or registration failed and failed. */
    private static void register(RegistrationOrchestratorPublisher publisher, EventEnvelope<NodeIntrospectionPayload> e) {
        NodeIntrospectionPayload p = e.payload();
        UUID workflow = UUID.randomUUID();
        Instant started = EventEnvelope.now();
        join(publisher.publishWorkflowStarted(new WorkflowStartedPayload(workflow, "node_registration", p.nodeId(),
                started, 3L, e.eventId()), e.correlationId()));
        if (p.endpoints() != null && p.endpoints().containsKey("health")) {
            join(publisher.publishNodeRegistered(new NodeRegisteredPayload(p.nodeId(), "reg-" + p.nodeId(),
                    "consul-" + p.nodeId(), "row-" + p.nodeId(), EventEnvelope.now(), 60), e.correlationId()));
            join(publisher.publishWorkflowCompleted(new WorkflowCompletedPayload(workflow, "node_registration",
                    p.nodeId(), started, EventEnvelope.now(), 1, "registered", Map.of()), e.correlationId()));
        } else {
            String reason = "the introspection lists no health endpoint";
            join(publisher.publishNodeRegistrationFailed(new NodeRegistrationFailedPayload(p.nodeId(),
                    "NO_HEALTH_ENDPOINT", reason, false, false, true, 30L), e.correlationId()));
            join(publisher.publishWorkflowFailed(new WorkflowFailedPayload(workflow, "node_registration", p.nodeId(),
                    started, EventEnvelope.now(), 1, "NO_HEALTH_ENDPOINT", reason, "validate_introspection"),
                    e.correlationId()));
        }
    }

    /** The registry monitor deregisters a node that announced its shutdown. */
    private void deregisterOnShutdown(Seen seen) {
        if (seen.event().payload() instanceof NodeShutdownPayload shutdown) {
            join(registryBus.publish(OnexTopics.REGISTRY_NODE_DEREGISTERED_V1, EventEnvelope.create(
                    OnexTopics.REGISTRY_NODE_DEREGISTERED_V1.eventType(), REGISTRY_SOURCE, seen.event().correlationId(),
                    new NodeDeregisteredPayload(shutdown.nodeId(), shutdown.reason(), true, true, EventEnvelope.now()))));
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("publish failed: " + e, e);
        }
    }

    /**
     * Waits for introspection and heartbeats at the registry, asks the node to introspect again and waits for the
     * answer, and waits for both registration workflows (the node's, and the failed one of its standby instance,
     * announced without a health endpoint).
     */
    void awaitLifecycleAndRegistration() throws Exception {
        new RegistryEffectPublisher(nodeBus, NODE_SOURCE).publishIntrospection(introspection(standbyId, false))
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(60)).until(() -> introspections() >= 1
                && registry.count(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1, h -> h.nodeId().equals(nodeId)) >= 2);
        assertThat(introspections()).as("introspections of %s before any request", nodeId).isEqualTo(1);

        assertThat(node.requestListener().orElseThrow().awaitAssignment(Duration.ofSeconds(60))).isTrue();
        // The request is best effort (section 6.2) and the listener reads new requests only: a request sent while it
        // was still finding its position would be missed, so ask again until answered.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            if (introspections() >= 2) {
                return true;
            }
            join(registryBus.publish(OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1, EventEnvelope.create(
                    OnexTopics.REGISTRY_INTROSPECTION_REQUESTED_V1.eventType(), REGISTRY_SOURCE,
                    new IntrospectionRequestPayload("req-" + UUID.randomUUID(), List.of(nodeId), null,
                            "registry_startup"))));
            return false;
        });

        await().atMost(Duration.ofSeconds(60)).until(() ->
                observed.count(OnexTopics.REGISTRY_NODE_REGISTERED_V1, r -> r.nodeId().equals(nodeId)) >= 1
                && observed.count(OnexTopics.REGISTRY_WORKFLOW_COMPLETED_V1, w -> nodeId.equals(w.nodeId())) >= 1
                && observed.count(OnexTopics.REGISTRY_NODE_REGISTRATION_FAILED_V1, f -> f.nodeId().equals(standbyId)) >= 1
                && observed.count(OnexTopics.REGISTRY_WORKFLOW_FAILED_V1, w -> standbyId.equals(w.nodeId())) >= 1
                && observed.count(OnexTopics.REGISTRY_WORKFLOW_STARTED_V1, w -> true) >= 2);
        assertThat(orchestrator.failureCount()).as("records the orchestrator failed on").isZero();
    }

    private long introspections() {
        return registry.count(OnexTopics.NODE_INTROSPECTION_PUBLISHED_V1, i -> i.nodeId().equals(nodeId));
    }

    /** The node reports an error that carries a secret; section 6.6 redaction keeps it from the readers. */
    void reportError() throws Exception {
        nodeBus.publish(OnexTopics.INFRA_ERROR_DETECTED_V1, EventEnvelope.create(
                OnexTopics.INFRA_ERROR_DETECTED_V1.eventType(), NODE_SOURCE,
                new ErrorDetectedPayload("CONSUL_UNAVAILABLE", ErrorSeverity.ERROR,
                        "consul registration failed: password=hunter2", NodeType.EFFECT, nodeId, "HTTP",
                        "register_service", Map.of("attempt", 3)))).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                registry.payloads(OnexTopics.INFRA_ERROR_DETECTED_V1).size() == 1
                && observed.payloads(OnexTopics.INFRA_ERROR_DETECTED_V1).size() == 1);
        ErrorDetectedPayload seen = observed.payloads(OnexTopics.INFRA_ERROR_DETECTED_V1).get(0);
        assertThat(seen.nodeName()).isEqualTo(nodeId);
        assertThat(seen.message()).doesNotContain("hunter2");
    }

    /** Closes the node: it announces its shutdown, the registry deregisters it. */
    void shutdown() {
        node.close();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                registry.count(OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1, s -> s.nodeId().equals(nodeId)) == 1
                && observed.count(OnexTopics.REGISTRY_NODE_DEREGISTERED_V1, d -> d.nodeId().equals(nodeId)) == 1);
        assertThat(registryMonitor.failureCount()).as("records the registry monitor failed on").isZero();
    }

    /**
     * Opens the node bus's circuit breaker; {@link InfraEvents} publishes the transition from the node's own bus.
     *
     * <p>The breaker opens after {@code failureThreshold} failed publishes in a row. A real outage takes the broker
     * down for the delivery timeout (30 s by default, see the SDK's BrokerFaultTest); what is tested here is that the
     * node's principal may publish the transition and that it reaches the registry and observability, so the
     * failures are reported to the breaker directly, as the bus reports those of its events.
     */
    void tripCircuitBreaker() {
        CircuitBreaker breaker = nodeBus.circuitBreaker();
        for (int i = 0; i < breaker.failureThreshold(); i++) {
            breaker.tryAcquire().orElseThrow().failure();
        }
        await().atMost(Duration.ofSeconds(60)).until(() ->
                registry.payloads(OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1).size() == 1
                && observed.payloads(OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1).size() == 1);
        CircuitBreakerStateChangedPayload open = observed.payloads(OnexTopics.INFRA_CIRCUIT_BREAKER_STATE_CHANGED_V1)
                .get(0);
        assertThat(open).isEqualTo(new CircuitBreakerStateChangedPayload(NODE_SOURCE, CircuitBreakerState.CLOSED,
                CircuitBreakerState.OPEN, breaker.failureThreshold(), breaker.resetTimeout().toSeconds()));
    }

    /** Waits until observability has seen, for each envelope source, at least the given topics. */
    void awaitObserved(Map<String, Set<String>> topicsBySource) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Map<String, Set<String>> seen = observed.topicsBySource();
            return topicsBySource.entrySet().stream().allMatch(e -> seen.getOrDefault(e.getKey(), Set.of())
                    .containsAll(e.getValue()));
        });
    }

    String tenant() {
        return tenant;
    }

    String nodeId() {
        return nodeId;
    }

    Principals principals() {
        return principals;
    }

    KafkaEventBus nodeBus() {
        return nodeBus;
    }

    KafkaEventBus orchestratorBus() {
        return orchestratorBus;
    }

    /** What the observability consumer has seen. */
    Inbox observed() {
        return observed;
    }

    List<NodeHeartbeatPayload> heartbeats() {
        return registry.payloads(OnexTopics.NODE_HEARTBEAT_PUBLISHED_V1);
    }

    /** Closes the node (if still running), then the consumers and buses, newest first. */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing the deployment failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
