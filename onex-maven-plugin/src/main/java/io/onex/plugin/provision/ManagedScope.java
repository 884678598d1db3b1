package io.onex.plugin.provision;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The ACLs ONEX owns, and so may report as extra and remove: ALLOW rules of the configured principals
 * on topics in the ONEX namespace or on groups under one of the ONEX group prefixes. Everything else
 * (other principals, other topics, cluster or transactional-id rules, every DENY rule) is left alone.
 *
 * @param principals the principals ONEX grants to
 * @param topicNamespace the topic prefix ONEX owns, e.g. {@code onex.} or {@code tenant-1.onex.}
 * @param groupPrefixes the consumer group prefixes ONEX grants on
 */
public record ManagedScope(Set<String> principals, String topicNamespace, Set<String> groupPrefixes) {

    public ManagedScope {
        principals = Set.copyOf(new TreeSet<>(principals));
        Objects.requireNonNull(topicNamespace, "topicNamespace");
        groupPrefixes = Set.copyOf(new TreeSet<>(groupPrefixes));
    }

    /** Whether a rule found on the cluster is one ONEX owns. */
    public boolean manages(AclRule rule) {
        if (rule.permission() != AclPermissionType.ALLOW || !principals.contains(rule.principal())) {
            return false;
        }
        if (rule.resourceType() == ResourceType.TOPIC) {
            return rule.resourceName().startsWith(topicNamespace);
        }
        if (rule.resourceType() == ResourceType.GROUP) {
            return groupPrefixes.stream().anyMatch(rule.resourceName()::startsWith);
        }
        return false;
    }

    /** The rules ONEX owns among {@code rules}. */
    public List<AclRule> filter(List<AclRule> rules) {
        return rules.stream().filter(this::manages).sorted(AclRule.ORDER).toList();
    }
}
