package io.onex.plugin.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Golden-file tests of the operator exports. The expected files under
 * {@code src/test/resources/provision/export} are reviewed by hand; run with
 * {@code -Donex.updateGolden=true} to rewrite them after an intended change, then review the diff.
 */
class PlanExportTest {

    private static final Path GOLDEN = Path.of("src/test/resources/provision/export");

    private static Plan emptyClusterPlan() throws Exception {
        DesiredState desired = CatalogDesiredState.derive(TestCatalogs.canonical(),
                Optional.empty());
        return Planner.plan(desired, new ClusterState(Map.of(), List.of(), Optional.empty()), false);
    }

    /** One change of every kind, a value that needs brackets, a name that needs quoting, a refusal and a note. */
    private static Plan mixedPlan() {
        return new Plan(
                List.of(new TopicSpec("tenant-1.onex.node.heartbeat.published.v1", 3, 3_600_000L, "delete", true)),
                List.of(new Plan.PartitionIncrease("tenant-1.onex.registry.node.registered.v1", 1, 3)),
                List.of(new Plan.ConfigChange("tenant-1.onex.infra.error.detected.v1", "retention.ms",
                                Optional.of("1000"), "604800000"),
                        new Plan.ConfigChange("tenant-1.onex.infra.error.detected.v1", "cleanup.policy",
                                Optional.empty(), "compact,delete")),
                List.of(AclRule.allow("User:node-service", ResourceType.TOPIC, PatternType.PREFIXED,
                                "tenant-1.onex.node.", AclOperation.WRITE),
                        AclRule.allow("User:node-service", ResourceType.GROUP, PatternType.PREFIXED,
                                "tenant-1.onex-node-", AclOperation.READ),
                        AclRule.allow("User:CN=edge node,O=onex", ResourceType.TOPIC, PatternType.LITERAL,
                                "tenant-1.onex.infra.error.detected.v1", AclOperation.WRITE)),
                List.of(AclRule.allow("User:node-service", ResourceType.TOPIC, PatternType.PREFIXED,
                        "tenant-1.onex.registry.", AclOperation.WRITE)),
                List.of(new Plan.Refusal("tenant-1.onex.node.shutdown.announced.v1", "6 partitions, catalog wants 3",
                        "Kafka cannot reduce the partitions of a topic")),
                List.of("ACLs not checked: example note"),
                12, 9, false);
    }

    @Test
    @DisplayName("the plan for an empty cluster exports as the reviewed rpk script")
    void rpkEmptyCluster() throws Exception {
        assertGolden("empty-cluster.rpk.sh", new RpkExporter().export(emptyClusterPlan()));
    }

    @Test
    @DisplayName("the plan for an empty cluster exports as the reviewed Kafka CLI script")
    void kafkaCliEmptyCluster() throws Exception {
        assertGolden("empty-cluster.kafka-cli.sh", new KafkaCliExporter().export(emptyClusterPlan()));
    }

    @Test
    @DisplayName("every kind of change exports as the reviewed rpk script")
    void rpkMixed() throws Exception {
        assertGolden("mixed.rpk.sh", new RpkExporter().export(mixedPlan()));
    }

    @Test
    @DisplayName("every kind of change exports as the reviewed Kafka CLI script")
    void kafkaCliMixed() throws Exception {
        assertGolden("mixed.kafka-cli.sh", new KafkaCliExporter().export(mixedPlan()));
    }

    @Test
    @DisplayName("an export never contains a broker address or a credential, and the same plan gives the same text")
    void noSecretsAndDeterministic() throws Exception {
        for (PlanExporter exporter : List.of(new RpkExporter(), new KafkaCliExporter())) {
            String text = exporter.export(mixedPlan());
            assertThat(text).doesNotContain("password", "jaas", "9092").isEqualTo(exporter.export(mixedPlan()));
        }
    }

    @Test
    @DisplayName("an empty plan exports as a script that says there is nothing to do")
    void emptyPlan() {
        Plan plan = new Plan(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 12, 9, true);

        assertThat(new RpkExporter().export(plan))
                .contains("# no changes: the cluster matches the catalog").doesNotContain("rpk topic");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("onex.updateGolden")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (rewrite with -Donex.updateGolden=true, then review)", file).exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
