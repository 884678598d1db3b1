package io.onex.plugin.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.testkit.KafkaBroker;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Plan, apply and verify against a real in-process broker (no authorizer). Each test works in its
 * own tenant namespace, so the tests share one broker without seeing each other's topics.
 */
class ProvisionerTest {

    /** retention.ms per topic as spec sections 6 and 10 state it (1 hour, 1 day, 7 days, 30 days). */
    private static final Map<String, Long> SPEC_RETENTION_MS = Map.ofEntries(
            Map.entry("onex.node.introspection.published.v1", 86_400_000L),
            Map.entry("onex.node.heartbeat.published.v1", 3_600_000L),
            Map.entry("onex.node.shutdown.announced.v1", 86_400_000L),
            Map.entry("onex.registry.introspection.requested.v1", 3_600_000L),
            Map.entry("onex.registry.node.registered.v1", 604_800_000L),
            Map.entry("onex.registry.node.registration_failed.v1", 604_800_000L),
            Map.entry("onex.registry.node.deregistered.v1", 604_800_000L),
            Map.entry("onex.registry.workflow.started.v1", 604_800_000L),
            Map.entry("onex.registry.workflow.completed.v1", 2_592_000_000L),
            Map.entry("onex.registry.workflow.failed.v1", 2_592_000_000L),
            Map.entry("onex.infra.circuit_breaker.state_changed.v1", 604_800_000L),
            Map.entry("onex.infra.error.detected.v1", 604_800_000L));

    @RegisterExtension
    static final KafkaBroker kafka = KafkaBroker.plaintext();
    private static Admin admin;

    @BeforeAll
    static void openAdmin() {
        admin = kafka.admin();
    }

    @AfterAll
    static void closeAdmin() {
        if (admin != null) {
            admin.close();
        }
    }

    private static ProvisionResult run(String tenant, ProvisionMode mode, boolean allowPartitionIncrease)
            throws Exception {
        DesiredState desired = CatalogDesiredState.derive(TestCatalogs.canonical(),
                Optional.of(tenant));
        Map<String, String> props = ClientSettings.assemble(kafka.bootstrapServers(), Optional.empty(), Map.of(),
                Optional.empty());
        return new Provisioner().run(new ProvisionRequest(desired, mode, props, allowPartitionIncrease, true,
                Duration.ofSeconds(30)));
    }

    private static void createAndAwait(String topic, int partitions) throws Exception {
        kafka.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)));
        Eventually.await(topic + " with " + partitions + " partitions", () -> admin.describeTopics(List.of(topic))
                .allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions().size() == partitions);
    }

    private static Set<String> topicsOf(String tenant) throws Exception {
        return admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                .filter(name -> name.startsWith(tenant + ".")).collect(Collectors.toSet());
    }

    @Test
    @DisplayName("plan on an empty cluster lists the 12 topic creations and changes nothing")
    void planOnEmptyCluster() throws Exception {
        ProvisionResult result = run("plan", ProvisionMode.PLAN, false);

        assertThat(result.outcome()).isEqualTo(ProvisionResult.Outcome.CHANGES_PLANNED);
        assertThat(result.plan().topicsToCreate()).extracting(TopicSpec::name)
                .containsExactlyInAnyOrderElementsOf(SPEC_RETENTION_MS.keySet().stream().map(n -> "plan." + n).toList());
        assertThat(result.plan().notes())
                .containsExactly("ACLs not checked: the cluster has no authorizer configured, so it enforces no ACLs");
        assertThat(result.summary()).startsWith("12 changes to make (12 topic creations, 0 partition increases");
        assertThat(topicsOf("plan")).isEmpty();
    }

    @Test
    @DisplayName("apply creates the topics with 3 partitions and the catalog's retention and cleanup; a second apply changes nothing")
    void applyThenApplyAgain() throws Exception {
        ProvisionResult first = run("apply", ProvisionMode.APPLY, false);

        assertThat(first.outcome()).isEqualTo(ProvisionResult.Outcome.APPLIED);
        List<String> names = SPEC_RETENTION_MS.keySet().stream().map(n -> "apply." + n).sorted().toList();
        Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
        assertThat(described.values()).allSatisfy(d -> assertThat(d.partitions()).hasSize(3));
        Map<ConfigResource, Config> configs = admin.describeConfigs(names.stream()
                .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList()).all().get(30, TimeUnit.SECONDS);
        Map<String, String> retention = new TreeMap<>();
        Map<String, String> cleanup = new TreeMap<>();
        configs.forEach((resource, config) -> {
            retention.put(resource.name().substring("apply.".length()), config.get("retention.ms").value());
            cleanup.put(resource.name(), config.get("cleanup.policy").value());
        });
        assertThat(retention).isEqualTo(new TreeMap<>(SPEC_RETENTION_MS.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Long.toString(e.getValue())))));
        assertThat(cleanup.values()).hasSize(12).containsOnly("delete");

        ProvisionResult second = run("apply", ProvisionMode.APPLY, false);

        assertThat(second.outcome()).isEqualTo(ProvisionResult.Outcome.IN_SYNC);
        assertThat(second.plan().hasChanges()).isFalse();
        assertThat(second.summary()).startsWith("no changes: the cluster matches the catalog (12 topics); ACLs not checked");
        assertThat(run("apply", ProvisionMode.VERIFY, false).outcome()).isEqualTo(ProvisionResult.Outcome.IN_SYNC);
    }

    @Test
    @DisplayName("a retention changed by hand makes verify fail naming the topic and the config; apply repairs it")
    void verifyReportsDrift() throws Exception {
        run("drift", ProvisionMode.APPLY, false);
        ConfigResource heartbeat = new ConfigResource(ConfigResource.Type.TOPIC, "drift.onex.node.heartbeat.published.v1");
        admin.incrementalAlterConfigs(Map.of(heartbeat, List.of(new AlterConfigOp(
                new ConfigEntry("retention.ms", "1000"), AlterConfigOp.OpType.SET)))).all().get(30, TimeUnit.SECONDS);
        Eventually.await("retention.ms=1000", () -> "1000".equals(admin.describeConfigs(List.of(heartbeat)).all()
                .get(30, TimeUnit.SECONDS).get(heartbeat).get("retention.ms").value()));

        ProvisionResult verify = run("drift", ProvisionMode.VERIFY, false);

        assertThat(verify.outcome()).isEqualTo(ProvisionResult.Outcome.DRIFTED);
        assertThat(verify.failed()).isTrue();
        assertThat(verify.problems()).containsExactly(
                "topic drift.onex.node.heartbeat.published.v1: retention.ms is 1000, catalog wants 3600000");

        assertThat(run("drift", ProvisionMode.APPLY, false).plan().changeLines()).containsExactly(
                "alter topic drift.onex.node.heartbeat.published.v1: retention.ms 1000 -> 3600000");
        assertThat(run("drift", ProvisionMode.VERIFY, false).outcome()).isEqualTo(ProvisionResult.Outcome.IN_SYNC);
    }

    @Test
    @DisplayName("a topic with more partitions than the catalog is refused up front and nothing is created")
    void reducingPartitionsRefused() throws Exception {
        createAndAwait("shrink.onex.node.heartbeat.published.v1", 5);

        ProvisionResult result = run("shrink", ProvisionMode.APPLY, true);

        assertThat(result.outcome()).isEqualTo(ProvisionResult.Outcome.REFUSED);
        assertThat(result.problems()).singleElement().asString().startsWith(
                "topic shrink.onex.node.heartbeat.published.v1: 5 partitions, catalog wants 3:"
                        + " Kafka cannot reduce the partitions of a topic");
        assertThat(result.summary()).startsWith("refused: 1 difference cannot be changed safely; nothing was changed");
        assertThat(topicsOf("shrink")).containsExactly("shrink.onex.node.heartbeat.published.v1");
    }

    @Test
    @DisplayName("a keyed topic with too few partitions is refused without the override and grown with it")
    void increasingPartitionsNeedsOverride() throws Exception {
        createAndAwait("grow.onex.node.heartbeat.published.v1", 1);

        ProvisionResult refused = run("grow", ProvisionMode.APPLY, false);
        assertThat(refused.outcome()).isEqualTo(ProvisionResult.Outcome.REFUSED);
        assertThat(refused.problems()).singleElement().asString().contains("moves keys to other partitions");
        assertThat(topicsOf("grow")).hasSize(1);

        ProvisionResult allowed = run("grow", ProvisionMode.APPLY, true);
        assertThat(allowed.outcome()).isEqualTo(ProvisionResult.Outcome.APPLIED);
        TopicDescription grown = admin.describeTopics(List.of("grow.onex.node.heartbeat.published.v1"))
                .allTopicNames().get(30, TimeUnit.SECONDS).get("grow.onex.node.heartbeat.published.v1");
        assertThat(grown.partitions()).hasSize(3);
        assertThat(topicsOf("grow")).hasSize(12);
    }

    @Test
    @DisplayName("an unreachable cluster fails within the timeout with a message naming the setting to check")
    void unreachableCluster() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DesiredState desired = CatalogDesiredState.derive(TestCatalogs.canonical(),
                Optional.empty());
        Map<String, String> props = ClientSettings.assemble("127.0.0.1:" + port, Optional.empty(), Map.of(),
                Optional.empty());

        assertThatThrownBy(() -> new Provisioner().run(new ProvisionRequest(desired, ProvisionMode.PLAN, props,
                false, true, Duration.ofSeconds(2))))
                .isInstanceOf(ClusterAccessException.class)
                .hasMessageStartingWith("no answer from the cluster within 2 s while listing topics;"
                        + " check that bootstrapServers (onex.bootstrapServers) is right");
    }

}
