package io.onex.plugin.provision;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the cluster must look like: the topics with their partitions and configs, and the ACLs.
 * Independent of where it came from (the plugin derives it from the catalog).
 *
 * @param topics topics in catalog order
 * @param acls ACL rules, sorted by {@link AclRule#ORDER}
 * @param scope the ACLs ONEX owns on the cluster; every desired rule lies inside it
 * @param retiredTopics topics that must no longer exist, such as the legacy topics after deprecation (section 9);
 *     they are reported when found and deleted only when named in {@code confirmedDeletions}
 * @param confirmedDeletions retired topics the operator named for deletion: the explicit confirmation
 */
public record DesiredState(List<TopicSpec> topics, List<AclRule> acls, ManagedScope scope,
        List<String> retiredTopics, Set<String> confirmedDeletions) {

    /** A desired state that retires no topic. */
    public DesiredState(List<TopicSpec> topics, List<AclRule> acls, ManagedScope scope) {
        this(topics, acls, scope, List.of(), Set.of());
    }

    /** This state with the deletion of these retired topics confirmed. */
    public DesiredState confirmDeletion(Set<String> names) {
        return new DesiredState(topics, acls, scope, retiredTopics, names);
    }

    public DesiredState {
        topics = List.copyOf(topics);
        acls = acls.stream().distinct().sorted(AclRule.ORDER).toList();
        Objects.requireNonNull(scope, "scope");
        retiredTopics = List.copyOf(retiredTopics);
        confirmedDeletions = Set.copyOf(new java.util.TreeSet<>(confirmedDeletions));
        Set<String> names = new HashSet<>();
        for (TopicSpec topic : topics) {
            if (!names.add(topic.name())) {
                throw new IllegalArgumentException("topic listed twice: " + topic.name());
            }
        }
        for (AclRule acl : acls) {
            if (!scope.manages(acl)) {
                throw new IllegalArgumentException("desired ACL outside the managed scope: " + acl.describe());
            }
        }
    }
}
