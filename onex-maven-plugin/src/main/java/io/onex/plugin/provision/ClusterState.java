package io.onex.plugin.provision;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the cluster has, as far as the desired state is concerned.
 *
 * @param topics the desired topics that exist, by name
 * @param acls every ACL on the cluster that lies in the managed scope, sorted
 * @param aclsNotChecked why ACLs were not read (no authorizer, or ACL management switched off); empty when they were
 * @param retiredTopics the desired state's retired topics that still exist
 */
public record ClusterState(Map<String, ExistingTopic> topics, List<AclRule> acls, Optional<String> aclsNotChecked,
        List<String> retiredTopics) {

    /** A cluster without retired topics. */
    public ClusterState(Map<String, ExistingTopic> topics, List<AclRule> acls, Optional<String> aclsNotChecked) {
        this(topics, acls, aclsNotChecked, List.of());
    }

    public ClusterState {
        topics = Map.copyOf(new TreeMap<>(topics));
        acls = acls.stream().sorted(AclRule.ORDER).toList();
        Objects.requireNonNull(aclsNotChecked, "aclsNotChecked");
        retiredTopics = List.copyOf(retiredTopics);
    }

    /**
     * A topic as the cluster reports it.
     *
     * @param name topic name
     * @param partitions partition count
     * @param configs the effective values of the managed configs (absent when the broker reports none)
     */
    public record ExistingTopic(String name, int partitions, Map<String, String> configs) {
        public ExistingTopic {
            Objects.requireNonNull(name, "name");
            configs = Map.copyOf(configs);
        }
    }
}
