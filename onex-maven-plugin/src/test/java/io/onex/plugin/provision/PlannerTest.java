package io.onex.plugin.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private static final String HEARTBEAT = "onex.node.heartbeat.published.v1";

    private final DesiredState desired;

    PlannerTest() throws Exception {
        desired = CatalogDesiredState.derive(TestCatalogs.canonical(), Optional.empty());
    }

    /** A cluster that already matches the desired state exactly. */
    private Map<String, ClusterState.ExistingTopic> matchingTopics() {
        Map<String, ClusterState.ExistingTopic> topics = new HashMap<>();
        for (TopicSpec t : desired.topics()) {
            topics.put(t.name(), new ClusterState.ExistingTopic(t.name(), t.partitions(), t.configs()));
        }
        return topics;
    }

    private ClusterState cluster(Map<String, ClusterState.ExistingTopic> topics, List<AclRule> acls) {
        return new ClusterState(topics, acls, Optional.empty());
    }

    @Test
    @DisplayName("on an empty cluster every topic and every ACL is to be created")
    void emptyCluster() {
        Plan plan = Planner.plan(desired, cluster(Map.of(), List.of()), false);

        assertThat(plan.topicsToCreate()).hasSize(12);
        assertThat(plan.aclsToAdd()).hasSize(13);
        assertThat(plan.partitionIncreases()).isEmpty();
        assertThat(plan.configChanges()).isEmpty();
        assertThat(plan.aclsToRemove()).isEmpty();
        assertThat(plan.refusals()).isEmpty();
        assertThat(plan.changeLines()).first().isEqualTo("create topic onex.node.introspection.published.v1:"
                + " 3 partitions, retention.ms=86400000, cleanup.policy=delete");
    }

    @Test
    @DisplayName("a cluster that matches gives an empty plan and no differences")
    void inSync() {
        Plan plan = Planner.plan(desired, cluster(matchingTopics(), desired.acls()), false);

        assertThat(plan.hasChanges()).isFalse();
        assertThat(plan.differences()).isEmpty();
    }

    @Test
    @DisplayName("a wrong retention or cleanup policy becomes a config change naming topic, config, value now and wanted")
    void configDrift() {
        Map<String, ClusterState.ExistingTopic> topics = matchingTopics();
        topics.put(HEARTBEAT, new ClusterState.ExistingTopic(HEARTBEAT, 3,
                Map.of("retention.ms", "1000", "cleanup.policy", "compact")));

        Plan plan = Planner.plan(desired, cluster(topics, desired.acls()), false);

        assertThat(plan.configChanges()).containsExactly(
                new Plan.ConfigChange(HEARTBEAT, "retention.ms", Optional.of("1000"), "3600000"),
                new Plan.ConfigChange(HEARTBEAT, "cleanup.policy", Optional.of("compact"), "delete"));
        assertThat(plan.differences()).containsExactly(
                "topic onex.node.heartbeat.published.v1: retention.ms is 1000, catalog wants 3600000",
                "topic onex.node.heartbeat.published.v1: cleanup.policy is compact, catalog wants delete");
    }

    @Test
    @DisplayName("cleanup.policy lists compare without regard to order or spaces")
    void cleanupPolicyList() {
        assertThat(Planner.sameValue("cleanup.policy", "delete, compact", "compact,delete")).isTrue();
        assertThat(Planner.sameValue("cleanup.policy", "delete", "compact,delete")).isFalse();
    }

    @Test
    @DisplayName("fewer partitions than the catalog on a keyed topic are refused unless the override is set")
    void partitionIncreaseNeedsOverride() {
        Map<String, ClusterState.ExistingTopic> topics = matchingTopics();
        topics.put(HEARTBEAT, new ClusterState.ExistingTopic(HEARTBEAT, 1, desired.topics().get(1).configs()));

        Plan refused = Planner.plan(desired, cluster(topics, desired.acls()), false);
        Plan allowed = Planner.plan(desired, cluster(topics, desired.acls()), true);

        assertThat(refused.partitionIncreases()).isEmpty();
        assertThat(refused.refusals()).singleElement().satisfies(r -> assertThat(r.describe()).isEqualTo(
                "topic onex.node.heartbeat.published.v1: 1 partitions, catalog wants 3: adding partitions to a keyed"
                        + " topic moves keys to other partitions and breaks per-key ordering for records already"
                        + " written; set allowPartitionIncrease (-Donex.provision.allowPartitionIncrease=true) to"
                        + " add them anyway"));
        assertThat(allowed.refusals()).isEmpty();
        assertThat(allowed.partitionIncreases()).containsExactly(new Plan.PartitionIncrease(HEARTBEAT, 1, 3));
    }

    @Test
    @DisplayName("more partitions than the catalog are refused even with the override: Kafka cannot reduce them")
    void partitionReductionRefused() {
        Map<String, ClusterState.ExistingTopic> topics = matchingTopics();
        topics.put(HEARTBEAT, new ClusterState.ExistingTopic(HEARTBEAT, 6, desired.topics().get(1).configs()));

        Plan plan = Planner.plan(desired, cluster(topics, desired.acls()), true);

        assertThat(plan.refusals()).singleElement().satisfies(r -> assertThat(r.describe())
                .startsWith("topic onex.node.heartbeat.published.v1: 6 partitions, catalog wants 3:"
                        + " Kafka cannot reduce the partitions of a topic"));
        assertThat(plan.differences()).containsExactly(
                "topic onex.node.heartbeat.published.v1: 6 partitions, catalog wants 3");
    }

    @Test
    @DisplayName("managed ACLs the catalog does not call for are removed (a managed principal's groups are ONEX's"
            + " without a tenant); unrelated ACLs are never touched")
    void extraAclsOnlyWithinScope() {
        AclRule extra = AclRule.allow("User:node-service", ResourceType.TOPIC, PatternType.PREFIXED,
                "onex.registry.", AclOperation.WRITE);
        List<AclRule> acls = new ArrayList<>(desired.acls());
        acls.add(extra);
        acls.add(AclRule.allow("User:someone-else", ResourceType.TOPIC, PatternType.PREFIXED, "onex.",
                AclOperation.WRITE));
        acls.add(AclRule.allow("User:node-service", ResourceType.TOPIC, PatternType.LITERAL, "node.heartbeat",
                AclOperation.WRITE));
        AclRule strayGroup = AclRule.allow("User:node-service", ResourceType.GROUP, PatternType.LITERAL,
                "legacy-group", AclOperation.READ);
        acls.add(strayGroup);
        acls.add(AclRule.allow("User:node-service", ResourceType.CLUSTER, PatternType.LITERAL, "kafka-cluster",
                AclOperation.IDEMPOTENT_WRITE));
        acls.add(new AclRule("User:node-service", "*", ResourceType.TOPIC, PatternType.PREFIXED, "onex.infra.",
                AclOperation.WRITE, AclPermissionType.DENY));

        Plan plan = Planner.plan(desired, cluster(matchingTopics(), acls), false);

        assertThat(plan.aclsToAdd()).isEmpty();
        assertThat(plan.aclsToRemove()).containsExactly(extra, strayGroup);
        assertThat(plan.differences()).containsExactly(
                "ACL extra: allow User:node-service to WRITE topics prefixed 'onex.registry.'",
                "ACL extra: allow User:node-service to READ group 'legacy-group'");
    }

    @Test
    @DisplayName("a retired topic that still exists is reported as a difference and a note, and never deleted")
    void leftoverTopics() {
        DesiredState retiring = new DesiredState(desired.topics(), desired.acls(), desired.scope(),
                List.of("node.heartbeat", "node.introspection"), java.util.Set.of());
        ClusterState actual = new ClusterState(matchingTopics(), desired.acls(), Optional.empty(),
                List.of("node.heartbeat"));

        Plan plan = Planner.plan(retiring, actual, false);

        assertThat(plan.hasChanges()).isFalse();
        assertThat(plan.leftoverTopics()).containsExactly("node.heartbeat");
        assertThat(plan.differences()).containsExactly("topic node.heartbeat: legacy topic left after deprecation"
                + " (section 9, phase 4); once no consumer group reads it, delete it with"
                + " -Donex.provision.deleteTopics=node.heartbeat (apply)");
        assertThat(plan.notes()).containsExactly("1 legacy topic left after deprecation, deleted only when named in"
                + " onex.provision.deleteTopics: node.heartbeat");

        Plan confirmed = Planner.plan(retiring.confirmDeletion(java.util.Set.of("node.heartbeat", "node.introspection")),
                actual, false);
        assertThat(confirmed.topicsToDelete()).as("an existing retired topic named for deletion").containsExactly(
                "node.heartbeat");
        assertThat(confirmed.leftoverTopics()).isEmpty();
        assertThat(confirmed.refusals()).as("a retired topic already gone is no error").isEmpty();
        assertThat(confirmed.changeLines()).containsExactly("delete legacy topic node.heartbeat (confirmed by name)");
        assertThat(confirmed.summary()).endsWith(", 0 ACL removals, 1 topic deletion");
    }

    @Test
    @DisplayName("naming a topic for deletion that is not a retired legacy topic refuses the whole run")
    void deletionOfAnythingElseRefused() {
        DesiredState retiring = new DesiredState(desired.topics(), desired.acls(), desired.scope(),
                List.of("node.heartbeat"), java.util.Set.of("onex.node.heartbeat.published.v1"));
        Plan plan = Planner.plan(retiring, new ClusterState(matchingTopics(), desired.acls(), Optional.empty(),
                List.of("node.heartbeat")), false);

        assertThat(plan.topicsToDelete()).isEmpty();
        assertThat(plan.refusals()).singleElement().satisfies(r -> assertThat(r.describe()).isEqualTo(
                "topic onex.node.heartbeat.published.v1: is not a legacy topic left after deprecation: only the legacy"
                        + " topics left after deprecation (-Donex.migration.phase=deprecated) can be deleted; remove it"
                        + " from onex.provision.deleteTopics"));
    }

    @Test
    @DisplayName("a missing ACL is listed as a difference")
    void missingAcl() {
        List<AclRule> acls = new ArrayList<>(desired.acls());
        AclRule missing = acls.remove(0);

        Plan plan = Planner.plan(desired, cluster(matchingTopics(), acls), false);

        assertThat(plan.aclsToAdd()).containsExactly(missing);
        assertThat(plan.differences()).containsExactly("ACL missing: " + missing.describe());
    }

    @Test
    @DisplayName("when ACLs cannot be read the plan says so and plans no ACL change")
    void aclsNotChecked() {
        ClusterState state = new ClusterState(matchingTopics(), List.of(), Optional.of("no authorizer"));

        Plan plan = Planner.plan(desired, state, false);

        assertThat(plan.hasChanges()).isFalse();
        assertThat(plan.notes()).containsExactly("ACLs not checked: no authorizer");
    }
}
