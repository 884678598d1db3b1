package io.onex.plugin.provision;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;

/**
 * Makes the changes of a plan: topics first, then partitions and configs, then new ACLs, and only
 * then removes ACLs, so no principal loses access it keeps in the desired state; last, deletes the legacy
 * topics whose deletion was confirmed by name.
 */
final class PlanExecutor {

    private final Admin admin;
    private final Duration timeout;

    PlanExecutor(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    void apply(Plan plan) throws ClusterAccessException {
        if (!plan.refusals().isEmpty()) {
            throw new IllegalStateException("a plan with refusals must not be applied");
        }
        if (!plan.topicsToCreate().isEmpty()) {
            List<NewTopic> topics = new ArrayList<>();
            for (TopicSpec topic : plan.topicsToCreate()) {
                // Replication factor: the broker's default.replication.factor; the catalog does not fix it.
                topics.add(new NewTopic(topic.name(), Optional.of(topic.partitions()), Optional.empty())
                        .configs(topic.configs()));
            }
            KafkaCalls.await(admin.createTopics(topics).all(), timeout, "creating topics");
        }
        if (!plan.partitionIncreases().isEmpty()) {
            Map<String, NewPartitions> partitions = new LinkedHashMap<>();
            plan.partitionIncreases().forEach(p -> partitions.put(p.topic(), NewPartitions.increaseTo(p.desired())));
            KafkaCalls.await(admin.createPartitions(partitions).all(), timeout, "adding partitions");
        }
        if (!plan.configChanges().isEmpty()) {
            Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
            for (Plan.ConfigChange change : plan.configChanges()) {
                changes.computeIfAbsent(new ConfigResource(ConfigResource.Type.TOPIC, change.topic()),
                        k -> new ArrayList<>())
                        .add(new AlterConfigOp(new ConfigEntry(change.name(), change.desired()),
                                AlterConfigOp.OpType.SET));
            }
            KafkaCalls.await(admin.incrementalAlterConfigs(changes).all(), timeout, "altering topic configs");
        }
        if (!plan.aclsToAdd().isEmpty()) {
            KafkaCalls.await(admin.createAcls(plan.aclsToAdd().stream().map(AclRule::toBinding).toList()).all(),
                    timeout, "creating ACLs");
        }
        if (!plan.aclsToRemove().isEmpty()) {
            KafkaCalls.await(admin.deleteAcls(
                    plan.aclsToRemove().stream().map(rule -> rule.toBinding().toFilter()).toList()).all(),
                    timeout, "deleting ACLs");
        }
        if (!plan.topicsToDelete().isEmpty()) {
            KafkaCalls.await(admin.deleteTopics(plan.topicsToDelete()).all(), timeout, "deleting legacy topics");
        }
    }
}
