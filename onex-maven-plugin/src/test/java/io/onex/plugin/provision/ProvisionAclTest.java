package io.onex.plugin.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.testkit.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The section 12 ACLs on a broker that requires SASL/PLAIN and denies what no ACL allows
 * ({@code StandardAuthorizer}, {@code allow.everyone.if.no.acl.found=false}): after one apply, each
 * principal can do exactly what the catalog grants it.
 */
class ProvisionAclTest {

    private static final String HEARTBEAT = "onex.node.heartbeat.published.v1";
    private static final String REGISTERED = "onex.registry.node.registered.v1";

    @RegisterExtension
    static final KafkaBroker kafka = KafkaBroker.saslPlain("admin", "admin-secret", Map.of(
            "node-service", "node-secret",
            "registry-service", "registry-secret",
            "infra-service", "infra-secret",
            "observability", "observability-secret"));
    private static Admin admin;
    private static DesiredState desired;

    @BeforeAll
    static void apply() throws Exception {
        admin = kafka.admin();
        desired = CatalogDesiredState.derive(TestCatalogs.canonical(), Optional.empty());
        ProvisionResult applied = run(ProvisionMode.APPLY);
        assertThat(applied.outcome()).isEqualTo(ProvisionResult.Outcome.APPLIED);
        assertThat(applied.plan().aclsToAdd()).hasSize(13);
    }

    @AfterAll
    static void closeAdmin() {
        if (admin != null) {
            admin.close();
        }
    }

    /** Runs as the broker's super user, with credentials passed the way serverId passes them. */
    private static ProvisionResult run(ProvisionMode mode) throws Exception {
        Map<String, String> props = ClientSettings.assemble(kafka.bootstrapServers(), Optional.empty(),
                Map.of("security.protocol", "SASL_PLAINTEXT"),
                Optional.of(new ClientSettings.SaslCredentials("admin", "admin-secret")));
        return new Provisioner().run(new ProvisionRequest(desired, mode, props, false, true, Duration.ofSeconds(30)));
    }

    private static KafkaProducer<byte[], byte[]> producer(String user) {
        return producer(user, true);
    }

    private static KafkaProducer<byte[], byte[]> producer(String user, boolean idempotent) {
        Map<String, Object> props = kafka.clientProperties(user);
        // Explicit, so the test proves that WRITE on a topic is enough for the idempotent producer
        // (no IDEMPOTENT_WRITE on the cluster is granted).
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, idempotent);
        props.put(ProducerConfig.ACKS_CONFIG, idempotent ? "all" : "1");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String user, String group) {
        Map<String, Object> props = new HashMap<>(kafka.clientProperties(user));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String topic) throws Exception {
        producer.send(new ProducerRecord<>(topic, "node-1".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8))).get(30, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("the node principal can produce to its heartbeat topic and is refused on a registry topic")
    void nodePrincipal() throws Exception {
        try (KafkaProducer<byte[], byte[]> node = producer("node-service")) {
            send(node, HEARTBEAT);

            assertThatThrownBy(() -> send(node, REGISTERED))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    @DisplayName("the registry principal can produce to the registry state topic and is refused on node topics")
    void registryPrincipal() throws Exception {
        try (KafkaProducer<byte[], byte[]> registry = producer("registry-service")) {
            send(registry, REGISTERED);

            assertThatThrownBy(() -> send(registry, HEARTBEAT))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    @DisplayName("the observability principal reads every topic in its consumer group and can write none")
    void observabilityPrincipal() throws Exception {
        List<String> topics = desired.topics().stream().map(TopicSpec::name).toList();
        try (KafkaProducer<byte[], byte[]> superUser = new KafkaProducer<>(kafka.clientProperties(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (String topic : topics) {
                send(superUser, topic);
            }
        }
        Set<String> seen = new HashSet<>();
        try (KafkaConsumer<byte[], byte[]> observability = consumer("observability", "audit-onex-v1")) {
            observability.subscribe(topics);
            Eventually.await("a record of every topic to the observability consumer", () -> {
                for (ConsumerRecord<byte[], byte[]> record : observability.poll(Duration.ofMillis(500))) {
                    seen.add(record.topic());
                }
                return seen.size() == topics.size();
            });
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(topics);

        // Without WRITE on any topic, the idempotent producer is refused its producer id at once. The
        // refusal arrives in the background: before send() it makes send() throw (a KafkaException
        // "in an error state" caused by it), after send() it fails the returned future.
        try (KafkaProducer<byte[], byte[]> observability = producer("observability")) {
            assertThatThrownBy(() -> send(observability, HEARTBEAT))
                    .isInstanceOfAny(ExecutionException.class, KafkaException.class)
                    .hasCauseInstanceOf(ClusterAuthorizationException.class);
        }
        // A plain producer gets as far as the topics, and each one refuses it.
        try (KafkaProducer<byte[], byte[]> observability = producer("observability", false)) {
            for (String topic : topics) {
                assertThatThrownBy(() -> send(observability, topic)).as(topic)
                        .isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    @Test
    @DisplayName("without a tenant a consumer may use any group, and still reads only its class's topics; a principal"
            + " that reads nothing reads nothing")
    void consumerGroups() {
        try (KafkaConsumer<byte[], byte[]> infra = consumer("infra-service", "infra-onex-v1")) {
            infra.subscribe(List.of(REGISTERED));
            assertThatThrownBy(() -> infra.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(TopicAuthorizationException.class);
        }
        try (KafkaConsumer<byte[], byte[]> node = consumer("node-service", "cache-onex-v1")) {
            node.subscribe(List.of(HEARTBEAT));
            assertThatThrownBy(() -> node.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    @DisplayName("an extra ACL of a managed principal is reported by verify and removed by apply; unrelated ACLs stay")
    void extraAcls() throws Exception {
        AclRule extra = AclRule.allow("User:node-service", ResourceType.TOPIC, PatternType.PREFIXED, "onex.registry.",
                AclOperation.WRITE);
        AclRule otherPrincipal = AclRule.allow("User:someone-else", ResourceType.TOPIC, PatternType.PREFIXED, "onex.",
                AclOperation.WRITE);
        AclRule legacyTopic = AclRule.allow("User:node-service", ResourceType.TOPIC, PatternType.LITERAL,
                "node.heartbeat", AclOperation.WRITE);
        admin.createAcls(List.of(extra.toBinding(), otherPrincipal.toBinding(), legacyTopic.toBinding())).all()
                .get(30, TimeUnit.SECONDS);
        Eventually.await("the added ACLs", () -> acls().containsAll(List.of(extra, otherPrincipal, legacyTopic)));

        ProvisionResult verify = run(ProvisionMode.VERIFY);
        assertThat(verify.outcome()).isEqualTo(ProvisionResult.Outcome.DRIFTED);
        assertThat(verify.problems()).containsExactly(
                "ACL extra: allow User:node-service to WRITE topics prefixed 'onex.registry.'");

        assertThat(run(ProvisionMode.APPLY).plan().aclsToRemove()).containsExactly(extra);
        assertThat(acls()).doesNotContain(extra).contains(otherPrincipal, legacyTopic);
        ProvisionResult again = run(ProvisionMode.APPLY);
        assertThat(again.outcome()).isEqualTo(ProvisionResult.Outcome.IN_SYNC);
        assertThat(again.summary()).isEqualTo("no changes: the cluster matches the catalog (12 topics and 13 ACLs)");
    }

    @Test
    @DisplayName("an ACL deleted by hand is reported missing by verify and restored by apply")
    void missingAcl() throws Exception {
        AclRule groups = AclRule.allow("User:observability", ResourceType.GROUP, PatternType.LITERAL, "*",
                AclOperation.READ);
        admin.deleteAcls(List.of(groups.toBinding().toFilter())).all().get(30, TimeUnit.SECONDS);
        Eventually.await("the deleted ACL gone", () -> !acls().contains(groups));

        ProvisionResult verify = run(ProvisionMode.VERIFY);
        assertThat(verify.outcome()).isEqualTo(ProvisionResult.Outcome.DRIFTED);
        assertThat(verify.problems()).containsExactly(
                "ACL missing: allow User:observability to READ group '*'");

        assertThat(run(ProvisionMode.APPLY).plan().aclsToAdd()).containsExactly(groups);
        assertThat(acls()).contains(groups);
    }

    private static Set<AclRule> acls() throws Exception {
        Set<AclRule> rules = new HashSet<>();
        for (AclBinding binding : admin.describeAcls(AclBindingFilter.ANY).values().get(30, TimeUnit.SECONDS)) {
            rules.add(AclRule.of(binding));
        }
        return rules;
    }
}
