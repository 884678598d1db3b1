package io.onex.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
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
import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.GoalResult;
import io.onex.plugin.core.ProjectRequest;
import io.onex.plugin.provision.CatalogProvisioner;
import io.onex.plugin.provision.ClusterAccessException;
import io.onex.plugin.provision.ProvisionResult;
import io.onex.plugin.provision.ProvisionSettings;
import io.onex.rules.Tenant;
import io.onex.rules.TopicMode;
import io.onex.sdk.BusRecord;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.PublishResult;
import io.onex.sdk.RecordDispatcher;
import io.onex.sdk.kafka.KafkaEventBus;
import io.onex.sdk.kafka.KafkaEventBusConfig;
import io.onex.sdk.kafka.OnexConsumerRunner;
import io.onex.sdk.kafka.ConsumeDeniedException;
import io.onex.sdk.kafka.PublishDeniedException;
import io.onex.sdk.kafka.TopicNames;
import io.onex.testkit.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the secured deployment tests share: a SASL/PLAIN broker whose users are the principals, the provision core
 * run as the super user, buses and consumer runners on the SDK's defaults (only client properties and, where
 * asked, a tenant), a valid sample event for every catalog topic, and the assertions that the broker refused an
 * operation, naming the topic or the group.
 */
final class SecuredCluster {

    static final String SUPER_USER = "admin";
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The section 13 contracts the generate goal of this module reads (its default, {@code src/main/onex}). */
    static final Path CONTRACTS = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("src/main/onex");

    static final List<OnexTopic<?>> NODE_TOPICS = OnexTopics.ALL.stream()
            .filter(t -> t.topicName().startsWith("onex.node.")).toList();
    static final List<OnexTopic<?>> REGISTRY_TOPICS = OnexTopics.ALL.stream()
            .filter(t -> t.topicName().startsWith("onex.registry.")).toList();
    static final List<OnexTopic<?>> INFRA_TOPICS = OnexTopics.ALL.stream()
            .filter(t -> t.topicName().startsWith("onex.infra.")).toList();

    private SecuredCluster() {
    }

    /** A broker that authenticates each user with the password {@code <user>-secret} and denies what no ACL allows. */
    static KafkaBroker broker(String... users) {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String user : users) {
            passwords.put(user, user + "-secret");
        }
        return KafkaBroker.saslPlain(SUPER_USER, SUPER_USER + "-secret", passwords);
    }

    /**
     * Runs the provision goal's core in mode {@code apply} with the canonical catalog, as the super user, and checks
     * that it changed the cluster.
     *
     * @param options settings beyond the defaults (a tenant, contracts)
     */
    static ProvisionResult provision(KafkaBroker kafka, UnaryOperator<ProvisionSettings.Builder> options)
            throws ClusterAccessException {
        ProvisionSettings settings = options.apply(ProvisionSettings.builder(kafka.bootstrapServers()).mode("apply")
                .kafkaProperties(kafka.clientProperties())).build();
        GoalResult result = new CatalogProvisioner().run(ProjectRequest.catalogOnly(CatalogSource.canonical(),
                CONTRACTS.getParent()), settings);
        assertThat(result).as(() -> result.summary() + ": " + result.diagnostics())
                .isInstanceOf(CatalogProvisioner.Output.class);
        ProvisionResult provisioned = ((CatalogProvisioner.Output) result).result();
        assertThat(provisioned.outcome()).as(provisioned::summary).isEqualTo(ProvisionResult.Outcome.APPLIED);
        return provisioned;
    }

    /** A bus on the SDK's defaults: the user's client properties, the source, and the tenant if not null. */
    static KafkaEventBus bus(KafkaBroker kafka, String user, String source, String tenant) {
        return KafkaEventBusConfig.builder(kafka.clientProperties(user), source).tenant(tenant).buildBus();
    }

    /** A started runner on the SDK's defaults: group {@code [<tenant>.]<service>-onex-v1}, the environment's topic mode. */
    static OnexConsumerRunner runner(KafkaBroker kafka, String user, RecordDispatcher dispatcher, String service,
            String tenant) {
        return OnexConsumerRunner.builder(kafka.clientProperties(user), dispatcher).service(service).tenant(tenant)
                .build().start();
    }

    /** The physical names of the topics under both names of section 9 (what provision creates), for a tenant. */
    static List<String> physicalNames(Collection<OnexTopic<?>> topics, String tenant) {
        TopicNames dual = new TopicNames(TopicMode.DUAL, Tenant.parse(tenant));
        List<String> names = new ArrayList<>();
        topics.forEach(t -> names.addAll(dual.publishNames(t)));
        return names;
    }

    /** The name the bus writes the topic to (its topic mode and tenant). */
    static String writtenName(KafkaEventBus bus, OnexTopic<?> topic) {
        return bus.topicNames().publishNames(topic).get(0);
    }

    @SuppressWarnings("unchecked")
    static <P> CompletableFuture<PublishResult> publish(KafkaEventBus bus, OnexTopic<P> topic, Object payload) {
        return bus.publish(topic, EventEnvelope.create(topic.eventType(), bus.config().source(), (P) payload));
    }

    /** Publishes a sample event about the node and waits for the acknowledgement. */
    static PublishResult publishSample(KafkaEventBus bus, OnexTopic<?> topic, String nodeId) throws Exception {
        return publish(bus, topic, samplePayload(topic, nodeId)).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** A valid payload of the topic about the node. */
    static Object samplePayload(OnexTopic<?> topic, String nodeId) {
        var now = EventEnvelope.now();
        UUID workflow = UUID.randomUUID();
        return switch (topic.topicName()) {
            case "onex.node.introspection.published.v1" -> NodeIntrospectionPayload.builder().nodeId(nodeId)
                    .nodeType(NodeType.EFFECT).nodeVersion("1.0.0").build();
            case "onex.node.heartbeat.published.v1" -> new NodeHeartbeatPayload(nodeId, NodeType.EFFECT, "1.0.0", 1L, 0L,
                    64.0, 1.0);
            case "onex.node.shutdown.announced.v1" -> new NodeShutdownPayload(nodeId, NodeType.EFFECT, "graceful_shutdown");
            case "onex.registry.introspection.requested.v1" -> new IntrospectionRequestPayload("req-" + nodeId,
                    List.of(nodeId), null, "registry_startup");
            case "onex.registry.node.registered.v1" -> new NodeRegisteredPayload(nodeId, "reg-" + nodeId,
                    "consul-" + nodeId, "row-" + nodeId, now, 60);
            case "onex.registry.node.registration_failed.v1" -> new NodeRegistrationFailedPayload(nodeId,
                    "NO_HEALTH_ENDPOINT", "the introspection lists no health endpoint", false, false, true, 30L);
            case "onex.registry.node.deregistered.v1" -> new NodeDeregisteredPayload(nodeId, "graceful_shutdown", true,
                    true, now);
            case "onex.registry.workflow.started.v1" -> new WorkflowStartedPayload(workflow, "node_registration", nodeId,
                    now, 3L, null);
            case "onex.registry.workflow.completed.v1" -> new WorkflowCompletedPayload(workflow, "node_registration",
                    nodeId, now, now, 1, "registered", Map.of());
            case "onex.registry.workflow.failed.v1" -> new WorkflowFailedPayload(workflow, "node_registration", nodeId,
                    now, now, 1, "NO_HEALTH_ENDPOINT", "the introspection lists no health endpoint",
                    "validate_introspection");
            case "onex.infra.circuit_breaker.state_changed.v1" -> new CircuitBreakerStateChangedPayload("node/" + nodeId,
                    CircuitBreakerState.CLOSED, CircuitBreakerState.OPEN, 5, 60);
            case "onex.infra.error.detected.v1" -> new ErrorDetectedPayload("CONSUL_UNAVAILABLE", ErrorSeverity.ERROR,
                    "consul did not answer", NodeType.EFFECT, nodeId, "HTTP", "register_service", Map.of());
            default -> throw new IllegalArgumentException("no sample for " + topic.topicName());
        };
    }

    /**
     * The bus's publish of a sample event fails because the broker does not let the bus's principal write the topic:
     * a {@link PublishDeniedException} naming the topic and the user's principal, its cause Kafka's
     * {@link TopicAuthorizationException} for that topic alone; the bus's breaker does not count it.
     */
    static void assertPublishDenied(KafkaEventBus bus, String user, OnexTopic<?> topic, String nodeId) {
        String name = writtenName(bus, topic);
        CompletableFuture<PublishResult> sent = publish(bus, topic, samplePayload(topic, nodeId));
        Throwable thrown = catchThrowable(() -> sent.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        String who = bus.config().source() + " publishing on " + name;
        assertThat(thrown).as(who).isInstanceOf(ExecutionException.class);
        assertThat(thrown.getCause()).as(who).isInstanceOfSatisfying(PublishDeniedException.class, denied -> {
            assertThat(denied.topic()).isEqualTo(name);
            assertThat(denied.principal()).contains("User:" + user);
            assertThat(denied).hasMessageContaining(name).hasMessageContaining("User:" + user);
        });
        assertThat(thrown.getCause().getCause()).as(who).isInstanceOfSatisfying(TopicAuthorizationException.class,
                denied -> assertThat(denied.unauthorizedTopics()).containsExactly(name));
        assertThat(bus.circuitBreaker().consecutiveFailures()).as("a denial is no outage for the breaker").isZero();
    }

    /**
     * The bus's publish of a sample event fails because its principal may write no topic at all: the idempotent
     * producer is refused its producer id ({@link ClusterAuthorizationException}) before any topic is asked. The
     * {@link PublishDeniedException} still names the topic and the user's principal.
     */
    static void assertProducerDenied(KafkaEventBus bus, String user, OnexTopic<?> topic, String nodeId) {
        String name = writtenName(bus, topic);
        CompletableFuture<PublishResult> sent = publish(bus, topic, samplePayload(topic, nodeId));
        Throwable thrown = catchThrowable(() -> sent.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        String who = bus.config().source() + " publishing on " + name;
        assertThat(thrown).as(who).isInstanceOf(ExecutionException.class);
        assertThat(thrown.getCause()).as(who).isInstanceOf(PublishDeniedException.class).hasMessageContaining(name)
                .hasMessageContaining("User:" + user).hasCauseInstanceOf(ClusterAuthorizationException.class);
        assertThat(bus.circuitBreaker().consecutiveFailures()).as("a denial is no outage for the breaker").isZero();
    }

    /** A plain Kafka producer of the user, writing an encoded sample envelope to each topic, is refused on each. */
    static void assertRawWriteDenied(KafkaBroker kafka, String user, boolean idempotent, Collection<String> topics,
            String nodeId) throws Exception {
        Map<String, Object> props = kafka.clientProperties(user);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, idempotent);
        props.put(ProducerConfig.ACKS_CONFIG, idempotent ? "all" : "1");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            for (String name : topics) {
                byte[] value = ("{\"node_id\":\"" + nodeId + "\"}").getBytes(StandardCharsets.UTF_8);
                Throwable thrown = catchThrowable(() -> producer.send(new ProducerRecord<>(name, nodeId, value))
                        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
                assertThat(thrown).as("%s writing %s with a plain producer", user, name)
                        .isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOfSatisfying(TopicAuthorizationException.class,
                                denied -> assertThat(denied.unauthorizedTopics()).containsExactly(name));
            }
        }
    }

    /**
     * A plain consumer of the user, subscribed to the topics in the group (or, with a null group, assigned their first
     * partitions without one), is refused every one of them and reads no record. One refusal names the topics of one
     * metadata response, which need not hold all of them, so the consumer polls until every topic was named.
     */
    static void assertReadDenied(KafkaBroker kafka, String user, String group, Collection<String> topics) {
        Set<String> refused = new TreeSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(kafka, user, group)) {
            if (group == null) {
                consumer.assign(topics.stream().map(t -> new TopicPartition(t, 0)).toList());
            } else {
                consumer.subscribe(topics);
            }
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!refused.containsAll(topics) && System.nanoTime() < deadline) {
                Throwable thrown = catchThrowable(() -> assertThat(consumer.poll(Duration.ofSeconds(1)))
                        .as("records %s read from %s", user, topics).isEmpty());
                if (thrown != null) {
                    assertThat(thrown).as("%s reading %s", user, topics).isInstanceOf(TopicAuthorizationException.class);
                    refused.addAll(((TopicAuthorizationException) thrown).unauthorizedTopics());
                }
            }
        }
        assertThat(refused).as("the topics refused to %s", user).containsExactlyInAnyOrderElementsOf(topics);
    }

    /**
     * A plain consumer of the user is refused the group. It subscribes to the topics by a pattern of their names,
     * which leaves out any topic the user may not describe instead of failing on it, so that the group is what
     * the broker refuses.
     */
    static void assertGroupDenied(KafkaBroker kafka, String user, String group, Collection<String> topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(kafka, user, group)) {
            consumer.subscribe(Pattern.compile(topics.stream().map(Pattern::quote).collect(Collectors.joining("|"))));
            Throwable thrown = catchThrowable(() -> consumer.poll(TIMEOUT));
            assertThat(thrown).as("%s joining group %s", user, group).isInstanceOfSatisfying(
                    GroupAuthorizationException.class, denied -> {
                        assertThat(denied.groupId()).isEqualTo(group);
                        assertThat(denied).hasMessageContaining(group);
                    });
        }
    }

    /** A consumer runner started under a user whose ACLs should refuse it. */
    record RefusedRunner(String user, OnexConsumerRunner runner) implements AutoCloseable {
        @Override
        public void close() {
            runner.close();
        }
    }

    /** Starts a runner on the SDK's defaults under a user that may not read its topics or use its group. */
    static RefusedRunner refusedRunner(KafkaBroker kafka, String user, RecordDispatcher dispatcher, String service,
            String tenant) {
        return new RefusedRunner(user, runner(kafka, user, dispatcher, service, tenant));
    }

    /**
     * Each runner stops with a {@link ConsumeDeniedException} naming its user's principal and the refused topics or
     * group, having dispatched no record although its topics hold records. Which refusal comes first depends on the
     * ACLs: a principal that may describe a topic (WRITE implies DESCRIBE) joins the group and is refused the fetch.
     */
    static void assertRefused(Collection<RefusedRunner> refused) {
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(refused).allSatisfy(each -> {
            OnexConsumerRunner r = each.runner();
            assertThat(r.failure()).as("why %s stopped", r.groupId()).get()
                    .isInstanceOfSatisfying(ConsumeDeniedException.class, denied -> {
                        assertThat(denied.principal()).contains("User:" + each.user());
                        assertThat(denied).hasMessageContaining("User:" + each.user());
                        if (denied.topics().isEmpty()) {
                            assertThat(denied.group()).isEqualTo(r.groupId());
                            assertThat(denied).hasMessageContaining(r.groupId());
                        } else {
                            assertThat(r.subscription()).containsAll(denied.topics());
                            denied.topics().forEach(t -> assertThat(denied).hasMessageContaining(t));
                        }
                    });
            assertThat(r.isRunning()).as("%s running", r.groupId()).isFalse();
            assertThat(r.processedCount()).as("records %s dispatched", r.groupId()).isZero();
        }));
    }

    private static KafkaConsumer<byte[], byte[]> consumer(KafkaBroker kafka, String user, String group) {
        Map<String, Object> props = new HashMap<>(kafka.clientProperties(user));
        if (group != null) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** An event a runner dispatched: its catalog topic, the record (tenant prefix stripped) and the decoded envelope. */
    record Seen(OnexTopic<?> topic, BusRecord record, EventEnvelope<?> event) {
    }

    /** A dispatcher that decodes and keeps every record of its topics, and may react to each. */
    static final class Inbox implements RecordDispatcher {
        private static final Map<String, OnexTopic<?>> BY_NAME = new HashMap<>();

        static {
            for (OnexTopic<?> t : OnexTopics.ALL) {
                BY_NAME.put(t.topicName(), t);
                t.legacyTopicName().ifPresent(legacy -> BY_NAME.put(legacy, t));
            }
        }

        private final List<OnexTopic<?>> topics;
        private final List<Seen> seen = new CopyOnWriteArrayList<>();
        private final List<Consumer<Seen>> reactions = new CopyOnWriteArrayList<>();

        Inbox(List<OnexTopic<?>> topics) {
            this.topics = List.copyOf(topics);
        }

        /** Also calls the reaction on the runner's thread for every event; a reaction that throws fails the record. */
        Inbox reacting(Consumer<Seen> reaction) {
            reactions.add(reaction);
            return this;
        }

        @Override
        public List<OnexTopic<?>> topics() {
            return topics;
        }

        @Override
        public void dispatch(BusRecord record) {
            OnexTopic<?> topic = BY_NAME.get(record.topic());
            if (topic == null || !topics.contains(topic)) {
                throw new IllegalArgumentException("not subscribed to '" + record.topic() + "'");
            }
            Seen s = new Seen(topic, record, topic.codec().decode(record.value()));
            seen.add(s);
            reactions.forEach(r -> r.accept(s));
        }

        List<Seen> seen() {
            return List.copyOf(seen);
        }

        @SuppressWarnings("unchecked")
        <P> List<P> payloads(OnexTopic<P> topic) {
            return seen.stream().filter(s -> s.topic() == topic).map(s -> (P) s.event().payload()).toList();
        }

        <P> long count(OnexTopic<P> topic, Predicate<P> matching) {
            return payloads(topic).stream().filter(matching).count();
        }

        /** The catalog topics each envelope {@code source} was seen on, sorted. */
        Map<String, Set<String>> topicsBySource() {
            Map<String, Set<String>> bySource = new TreeMap<>();
            seen.forEach(s -> bySource.computeIfAbsent(s.event().source(), k -> new TreeSet<>()).add(s.topic().topicName()));
            return bySource;
        }
    }

    /** Catalog names of the topics, sorted, for comparing with {@link Inbox#topicsBySource()}. */
    static Set<String> names(Collection<OnexTopic<?>> topics) {
        Set<String> names = new TreeSet<>();
        topics.forEach(t -> names.add(t.topicName()));
        return names;
    }

    @SafeVarargs
    static List<OnexTopic<?>> concat(List<OnexTopic<?>>... lists) {
        Set<OnexTopic<?>> all = new LinkedHashSet<>();
        for (List<OnexTopic<?>> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
