package io.onex.plugin.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The difference between the desired state and the cluster, as changes to make, and the changes
 * refused because Kafka cannot make them safely.
 *
 * @param topicsToCreate missing topics, in catalog order
 * @param partitionIncreases topics to grow (only with the explicit override)
 * @param configChanges managed configs whose value differs
 * @param aclsToAdd desired ACLs the cluster lacks
 * @param aclsToRemove managed ACLs the catalog does not call for
 * @param refusals differences that will not be changed; an apply with refusals changes nothing
 * @param notes things the plan did not check, e.g. ACLs on a cluster without an authorizer
 * @param topicCount number of desired topics
 * @param aclCount number of desired ACLs
 * @param aclsChecked whether the cluster's ACLs were compared (false without an authorizer or with skipAcls)
 * @param leftoverTopics retired topics that still exist (legacy topics after deprecation) and were not named for
 *     deletion: differences a plan reports and never deletes
 * @param topicsToDelete retired topics that exist and whose deletion the operator confirmed by name
 */
public record Plan(List<TopicSpec> topicsToCreate, List<PartitionIncrease> partitionIncreases,
        List<ConfigChange> configChanges, List<AclRule> aclsToAdd, List<AclRule> aclsToRemove,
        List<Refusal> refusals, List<String> notes, int topicCount, int aclCount, boolean aclsChecked,
        List<String> leftoverTopics, List<String> topicsToDelete) {

    /** A plan without retired topics. */
    public Plan(List<TopicSpec> topicsToCreate, List<PartitionIncrease> partitionIncreases,
            List<ConfigChange> configChanges, List<AclRule> aclsToAdd, List<AclRule> aclsToRemove,
            List<Refusal> refusals, List<String> notes, int topicCount, int aclCount, boolean aclsChecked) {
        this(topicsToCreate, partitionIncreases, configChanges, aclsToAdd, aclsToRemove, refusals, notes, topicCount,
                aclCount, aclsChecked, List.of(), List.of());
    }

    public Plan {
        topicsToCreate = List.copyOf(topicsToCreate);
        partitionIncreases = List.copyOf(partitionIncreases);
        configChanges = List.copyOf(configChanges);
        aclsToAdd = aclsToAdd.stream().sorted(AclRule.ORDER).toList();
        aclsToRemove = aclsToRemove.stream().sorted(AclRule.ORDER).toList();
        refusals = List.copyOf(refusals);
        notes = List.copyOf(notes);
        leftoverTopics = List.copyOf(leftoverTopics);
        topicsToDelete = List.copyOf(topicsToDelete);
    }

    /** What is said of a leftover topic, by plan and apply as a note and by verify as a difference. */
    static String leftover(String topic) {
        return "topic " + topic + ": legacy topic left after deprecation (section 9, phase 4); once no consumer group"
                + " reads it, delete it with -Donex.provision.deleteTopics=" + topic + " (apply)";
    }

    /**
     * Grow a topic to a partition count.
     *
     * @param topic topic name
     * @param current partitions now
     * @param desired partitions the catalog wants
     */
    public record PartitionIncrease(String topic, int current, int desired) {
    }

    /**
     * Set one topic config.
     *
     * @param topic topic name
     * @param name config name, e.g. {@code retention.ms}
     * @param current value now; empty when the broker reports none
     * @param desired value the catalog wants
     */
    public record ConfigChange(String topic, String name, Optional<String> current, String desired) {
        public ConfigChange {
            Objects.requireNonNull(current, "current");
        }
    }

    /**
     * A difference the plan will not change, with the reason and the way out.
     *
     * @param topic topic name
     * @param difference what differs, e.g. {@code 5 partitions, catalog wants 3}
     * @param reason why it is refused and what to do instead
     */
    public record Refusal(String topic, String difference, String reason) {
        public String describe() {
            return "topic " + topic + ": " + difference + ": " + reason;
        }
    }

    /** Whether there is anything to change (refusals do not count). */
    public boolean hasChanges() {
        return changeCount() > 0;
    }

    /** Number of changes an apply makes. */
    public int changeCount() {
        return topicsToCreate.size() + partitionIncreases.size() + configChanges.size() + aclsToAdd.size()
                + aclsToRemove.size() + topicsToDelete.size();
    }

    /** One line per change, in the order an apply makes them. */
    public List<String> changeLines() {
        List<String> lines = new ArrayList<>();
        for (TopicSpec topic : topicsToCreate) {
            lines.add("create topic " + topic.name() + ": " + topic.partitions() + " partitions, "
                    + TopicSpec.RETENTION_MS + "=" + topic.retentionMs() + ", "
                    + TopicSpec.CLEANUP_POLICY + "=" + topic.cleanupPolicy());
        }
        for (PartitionIncrease increase : partitionIncreases) {
            lines.add("add partitions to topic " + increase.topic() + ": " + increase.current() + " -> "
                    + increase.desired());
        }
        for (ConfigChange change : configChanges) {
            lines.add("alter topic " + change.topic() + ": " + change.name() + " "
                    + change.current().orElse("(not set)") + " -> " + change.desired());
        }
        aclsToAdd.forEach(acl -> lines.add("add ACL: " + acl.describe()));
        aclsToRemove.forEach(acl -> lines.add("remove ACL: " + acl.describe()));
        topicsToDelete.forEach(topic -> lines.add("delete legacy topic " + topic + " (confirmed by name)"));
        return lines;
    }

    /** Every way the cluster differs from the desired state, refusals included: what verify reports. */
    public List<String> differences() {
        List<String> lines = new ArrayList<>();
        for (TopicSpec topic : topicsToCreate) {
            lines.add("topic " + topic.name() + ": missing (catalog: " + topic.partitions() + " partitions, "
                    + TopicSpec.RETENTION_MS + "=" + topic.retentionMs() + ", "
                    + TopicSpec.CLEANUP_POLICY + "=" + topic.cleanupPolicy() + ")");
        }
        for (PartitionIncrease increase : partitionIncreases) {
            lines.add("topic " + increase.topic() + ": " + increase.current() + " partitions, catalog wants "
                    + increase.desired());
        }
        for (Refusal refusal : refusals) {
            lines.add("topic " + refusal.topic() + ": " + refusal.difference());
        }
        for (ConfigChange change : configChanges) {
            lines.add("topic " + change.topic() + ": " + change.name() + " is "
                    + change.current().orElse("not set") + ", catalog wants " + change.desired());
        }
        aclsToAdd.forEach(acl -> lines.add("ACL missing: " + acl.describe()));
        aclsToRemove.forEach(acl -> lines.add("ACL extra: " + acl.describe()));
        leftoverTopics.forEach(topic -> lines.add(leftover(topic)));
        topicsToDelete.forEach(topic -> lines.add("topic " + topic + ": legacy topic left after deprecation, to be"
                + " deleted"));
        return lines;
    }

    /** E.g. {@code 12 topic creations, 0 partition increases, 0 config changes, 9 ACL additions, 0 ACL removals}. */
    public String summary() {
        return count(topicsToCreate.size(), "topic creation") + ", "
                + count(partitionIncreases.size(), "partition increase") + ", "
                + count(configChanges.size(), "config change") + ", "
                + count(aclsToAdd.size(), "ACL addition") + ", "
                + count(aclsToRemove.size(), "ACL removal")
                + (topicsToDelete.isEmpty() ? "" : ", " + count(topicsToDelete.size(), "topic deletion"));
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
