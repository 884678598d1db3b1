package io.onex.plugin.provision;

import io.onex.plugin.model.Catalog;
import io.onex.rules.PrincipalClass;
import io.onex.plugin.model.Topic;
import io.onex.rules.Tenant;
import io.onex.rules.TopicNaming;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Derives the desired state from the catalog (spec sections 6, 7, 8 and 12).
 *
 * <p>Topics: the catalog's name (behind the tenant prefix), partitions, retention as {@code retention.ms}
 * and cleanup policy. ACLs: for every principal class, the topics the catalog lists it as a producer of
 * get WRITE and the topics it reads get READ. A set of topics is granted with the widest pattern that
 * covers exactly catalog topics: PREFIXED {@code onex.} when it is every topic, PREFIXED
 * {@code onex.<domain>.} for every domain it covers whole, LITERAL topic names for the rest. Write and
 * read imply describe, and since Kafka 3.0 WRITE on a topic also authorizes the idempotent producer's
 * InitProducerId, so no cluster-level IDEMPOTENT_WRITE is granted. A class that reads anything also
 * gets READ on PREFIXED groups {@code <tenant>.<group prefix>}, which a consumer needs to join its group
 * and commit offsets.
 */
public final class CatalogDesiredState {

    private CatalogDesiredState() {
    }

    /**
     * The desired state for a catalog.
     *
     * @param catalog the validated catalog
     * @param mapping principals and group prefixes per principal class
     * @param tenantPrefix e.g. {@code tenant-123} (section 12, multi-tenant); a trailing dot is optional
     */
    public static DesiredState derive(Catalog catalog, PrincipalMapping mapping, Optional<String> tenantPrefix)
            throws InvalidProvisionSettingsException {
        Optional<Tenant> parsed = tenant(tenantPrefix);
        String tenant = Tenant.prefixOf(parsed);
        String namespace = tenant + "onex.";
        List<TopicSpec> topics = new ArrayList<>();
        for (Topic topic : catalog.topics()) {
            String name;
            try {
                name = TopicNaming.physicalName(topic.fullName(), parsed);
            } catch (IllegalArgumentException e) {
                throw new InvalidProvisionSettingsException(e.getMessage() + " (onex.tenantPrefix)");
            }
            topics.add(new TopicSpec(name, topic.partitions(), topic.retention().toMillis(),
                    topic.cleanupPolicy().kafkaName(), !topic.keyField().isBlank()));
        }
        List<AclRule> acls = new ArrayList<>();
        Set<String> principals = new LinkedHashSet<>();
        Set<String> groupPrefixes = new LinkedHashSet<>();
        for (PrincipalClass c : PrincipalClass.values()) {
            String principal = mapping.principal(c);
            String groupPrefix = tenant + mapping.groupPrefix(c);
            principals.add(principal);
            groupPrefixes.add(groupPrefix);
            acls.addAll(topicRules(catalog, principal, AclOperation.WRITE, t -> t.producers().contains(c), tenant));
            List<AclRule> reads = topicRules(catalog, principal, AclOperation.READ, t -> t.readers().contains(c),
                    tenant);
            acls.addAll(reads);
            if (!reads.isEmpty()) {
                acls.add(AclRule.allow(principal, ResourceType.GROUP, PatternType.PREFIXED, groupPrefix,
                        AclOperation.READ));
            }
        }
        return new DesiredState(topics, acls, new ManagedScope(principals, namespace, groupPrefixes));
    }

    private static List<AclRule> topicRules(Catalog catalog, String principal, AclOperation operation,
            Function<Topic, Boolean> granted, String tenant) {
        List<Topic> all = catalog.topics();
        List<Topic> selected = all.stream().filter(granted::apply).toList();
        if (selected.isEmpty()) {
            return List.of();
        }
        if (selected.size() == all.size()) {
            return List.of(AclRule.allow(principal, ResourceType.TOPIC, PatternType.PREFIXED, tenant + "onex.",
                    operation));
        }
        Map<String, List<Topic>> byDomain = new LinkedHashMap<>();
        all.forEach(t -> byDomain.computeIfAbsent(t.name().domain(), d -> new ArrayList<>()).add(t));
        List<AclRule> rules = new ArrayList<>();
        byDomain.forEach((domain, domainTopics) -> {
            List<Topic> inDomain = domainTopics.stream().filter(selected::contains).toList();
            if (inDomain.size() == domainTopics.size()) {
                rules.add(AclRule.allow(principal, ResourceType.TOPIC, PatternType.PREFIXED,
                        tenant + "onex." + domain + ".", operation));
            } else {
                inDomain.forEach(t -> rules.add(AclRule.allow(principal, ResourceType.TOPIC, PatternType.LITERAL,
                        tenant + t.fullName(), operation)));
            }
        });
        return rules;
    }

    /** {@code tenant-123} or {@code tenant-123.}; absent or blank for none; syntax by {@link Tenant}. */
    static Optional<Tenant> tenant(Optional<String> value) throws InvalidProvisionSettingsException {
        try {
            return Tenant.parse(value.orElse(null));
        } catch (IllegalArgumentException e) {
            throw new InvalidProvisionSettingsException(e.getMessage() + " (onex.tenantPrefix)");
        }
    }
}
