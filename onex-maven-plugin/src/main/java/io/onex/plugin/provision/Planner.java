package io.onex.plugin.provision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares a desired state with a cluster state; pure, so every rule is tested without a broker. */
public final class Planner {

    private Planner() {
    }

    /**
     * The plan that takes the cluster to the desired state.
     *
     * @param desired what the catalog calls for
     * @param actual what the cluster has
     * @param allowPartitionIncrease whether keyed topics may grow (moves keys between partitions)
     */
    public static Plan plan(DesiredState desired, ClusterState actual, boolean allowPartitionIncrease) {
        List<TopicSpec> create = new ArrayList<>();
        List<Plan.PartitionIncrease> grow = new ArrayList<>();
        List<Plan.ConfigChange> alter = new ArrayList<>();
        List<Plan.Refusal> refusals = new ArrayList<>();
        for (TopicSpec topic : desired.topics()) {
            ClusterState.ExistingTopic existing = actual.topics().get(topic.name());
            if (existing == null) {
                create.add(topic);
                continue;
            }
            planPartitions(topic, existing, allowPartitionIncrease, grow, refusals);
            for (Map.Entry<String, String> config : topic.configs().entrySet()) {
                Optional<String> current = Optional.ofNullable(existing.configs().get(config.getKey()));
                if (current.map(value -> !sameValue(config.getKey(), value, config.getValue())).orElse(true)) {
                    alter.add(new Plan.ConfigChange(topic.name(), config.getKey(), current, config.getValue()));
                }
            }
        }
        List<AclRule> add = List.of();
        List<AclRule> remove = List.of();
        List<String> notes = new ArrayList<>();
        if (actual.aclsNotChecked().isPresent()) {
            notes.add("ACLs not checked: " + actual.aclsNotChecked().get());
        } else {
            Set<AclRule> present = new LinkedHashSet<>(desired.scope().filter(actual.acls()));
            add = desired.acls().stream().filter(acl -> !present.contains(acl)).toList();
            Set<AclRule> wanted = Set.copyOf(desired.acls());
            remove = present.stream().filter(acl -> !wanted.contains(acl)).toList();
        }
        List<String> delete = new ArrayList<>();
        List<String> leftover = new ArrayList<>();
        for (String retired : actual.retiredTopics()) {
            (desired.confirmedDeletions().contains(retired) ? delete : leftover).add(retired);
        }
        for (String named : desired.confirmedDeletions()) {
            if (!desired.retiredTopics().contains(named)) {
                refusals.add(new Plan.Refusal(named, "is not a legacy topic left after deprecation",
                        "only the legacy topics left after deprecation (-Donex.migration.phase=deprecated) can be"
                                + " deleted; remove it from onex.provision.deleteTopics"));
            }
        }
        if (!leftover.isEmpty()) {
            notes.add(Plan.count(leftover.size(), "legacy topic") + " left after deprecation, deleted only when"
                    + " named in onex.provision.deleteTopics: " + String.join(", ", leftover));
        }
        return new Plan(create, grow, alter, add, remove, refusals, notes, desired.topics().size(),
                desired.acls().size(), actual.aclsNotChecked().isEmpty(), leftover, delete);
    }

    private static void planPartitions(TopicSpec topic, ClusterState.ExistingTopic existing,
            boolean allowPartitionIncrease, List<Plan.PartitionIncrease> grow, List<Plan.Refusal> refusals) {
        int current = existing.partitions();
        String difference = current + " partitions, catalog wants " + topic.partitions();
        if (current > topic.partitions()) {
            refusals.add(new Plan.Refusal(topic.name(), difference,
                    "Kafka cannot reduce the partitions of a topic; recreate the topic (its records are lost)"
                            + " or change the catalog's partition count"));
        } else if (current < topic.partitions()) {
            if (topic.keyed() && !allowPartitionIncrease) {
                refusals.add(new Plan.Refusal(topic.name(), difference,
                        "adding partitions to a keyed topic moves keys to other partitions and breaks per-key"
                                + " ordering for records already written; set allowPartitionIncrease"
                                + " (-Donex.provision.allowPartitionIncrease=true) to add them anyway"));
            } else {
                grow.add(new Plan.PartitionIncrease(topic.name(), current, topic.partitions()));
            }
        }
    }

    /** {@code cleanup.policy} is a list ("compact,delete"): order and spacing do not matter. */
    static boolean sameValue(String name, String actual, String desired) {
        if (TopicSpec.CLEANUP_POLICY.equals(name)) {
            return normalizeList(actual).equals(normalizeList(desired));
        }
        return actual.trim().equals(desired.trim());
    }

    private static String normalizeList(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).sorted()
                .collect(Collectors.joining(","));
    }
}
