package io.onex.plugin.provision;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The ACLs ONEX owns, and so may report as extra and remove: ALLOW rules of the configured principals on topics in
 * the ONEX namespace or with one of the legacy names ONEX provisions, or on the tenant's consumer groups (every
 * group when there is no tenant). Everything else (other principals, other topics, other tenants' groups, cluster or
 * transactional-id rules, every DENY rule) is left alone.
 *
 * @param principals the principals ONEX grants to
 * @param topicNamespace the topic prefix ONEX owns, e.g. {@code onex.} or {@code tenant-1.onex.}
 * @param legacyTopics the legacy topic names ONEX provisions beside the namespace, e.g. {@code node.heartbeat}
 * @param groupNamespace the prefix of the consumer groups ONEX grants on: the tenant prefix, empty without a tenant
 */
public record ManagedScope(Set<String> principals, String topicNamespace, Set<String> legacyTopics,
        String groupNamespace) {

    public ManagedScope {
        principals = Set.copyOf(new TreeSet<>(principals));
        Objects.requireNonNull(topicNamespace, "topicNamespace");
        legacyTopics = Set.copyOf(new TreeSet<>(legacyTopics));
        Objects.requireNonNull(groupNamespace, "groupNamespace");
    }

    /** Whether a rule found on the cluster is one ONEX owns. */
    public boolean manages(AclRule rule) {
        if (rule.permission() != AclPermissionType.ALLOW || !principals.contains(rule.principal())) {
            return false;
        }
        if (rule.resourceType() == ResourceType.TOPIC) {
            return rule.resourceName().startsWith(topicNamespace) || legacyTopics.contains(rule.resourceName());
        }
        if (rule.resourceType() == ResourceType.GROUP) {
            return rule.resourceName().startsWith(groupNamespace);
        }
        return false;
    }

    /** The rules ONEX owns among {@code rules}. */
    public List<AclRule> filter(List<AclRule> rules) {
        return rules.stream().filter(this::manages).sorted(AclRule.ORDER).toList();
    }
}
