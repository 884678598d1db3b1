package io.onex.plugin.provision;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import io.onex.plugin.model.Topic;
import io.onex.rules.AccessPolicy;
import io.onex.rules.AccessPolicy.Operation;
import io.onex.rules.ConsumerGroups;
import io.onex.rules.PrincipalClass;
import io.onex.rules.Tenant;
import io.onex.rules.TopicNaming;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Derives the desired state from the catalog, and from node contracts in the per-contract model (spec sections 6,
 * 7, 8, 9 and 12).
 *
 * <p>Topics: the catalog's name (behind the tenant prefix), partitions, retention as {@code retention.ms} and cleanup
 * policy; until the legacy names are deprecated (section 9), the legacy twin of each topic that has one, with the
 * same settings. After deprecation the legacy topics are retired: reported when found, their ACLs removed.
 *
 * <p>Class-wide ACLs: every principal class gets WRITE on the topics the catalog lists it as a producer of and READ
 * on those it reads. A whole domain is granted by prefix ({@code onex.node.}, or {@code onex.} for every topic) only
 * where section 12 grants the class that prefix ({@link AccessPolicy}); every other topic is granted by name, so a
 * class never gets a topic the catalog does not give it (nodes write the two infrastructure topics by name, not
 * {@code onex.infra.*}). Legacy twins are granted by name like their canonical topic. A class that reads anything
 * gets READ on the consumer groups of its tenant: PREFIXED {@code <tenant>.}, or every group ({@code *}) without a
 * tenant, or PREFIXED {@code [<tenant>.]<prefix>} when a group prefix is configured for it.
 *
 * <p>Per-contract ACLs: the node class's rules are replaced by one principal per contract with WRITE on exactly the
 * topics it publishes, READ on exactly those it subscribes to (by name, legacy twins included) and READ on its own
 * groups, PREFIXED {@code [<tenant>.]<meta.name>-} ({@link ConsumerGroups#nodeGroupPrefix}).
 *
 * <p>Write and read imply describe, and since Kafka 3.0 WRITE on a topic also authorizes the idempotent producer's
 * InitProducerId, so no cluster-level IDEMPOTENT_WRITE is granted.
 */
public final class CatalogDesiredState {

    private CatalogDesiredState() {
    }

    /** The desired state of the class-wide model with the default principals, legacy topics included. */
    public static DesiredState derive(Catalog catalog, Optional<String> tenantPrefix)
            throws InvalidProvisionSettingsException {
        return derive(catalog, AccessSettings.defaults(tenant(tenantPrefix)));
    }

    /** The desired state for a catalog and access settings. */
    public static DesiredState derive(Catalog catalog, AccessSettings access) throws InvalidProvisionSettingsException {
        Optional<Tenant> tenant = access.tenant();
        List<TopicSpec> topics = new ArrayList<>();
        Set<String> legacyTopics = new LinkedHashSet<>();
        for (Topic topic : catalog.topics()) {
            topics.add(spec(topic, physical(topic.fullName(), tenant), topic.keyField()));
            if (topic.legacyName().isPresent()) {
                String legacy = physical(topic.legacyName().get(), tenant);
                if (access.legacyTopics()) {
                    topics.add(spec(topic, legacy, topic.keyField()));
                }
                legacyTopics.add(legacy);
            }
        }
        Grants grants = new Grants(catalog, tenant, access.legacyTopics());
        for (PrincipalClass c : PrincipalClass.values()) {
            if (c == PrincipalClass.NODE_SERVICES && access.model() == AclModel.CONTRACTS) {
                continue;
            }
            String principal = access.mapping().principal(c);
            grants.topics(principal, Operation.WRITE, t -> t.producers().contains(c), Optional.of(c));
            if (grants.topics(principal, Operation.READ, t -> t.readers().contains(c), Optional.of(c))) {
                Optional<String> prefix = access.mapping().groupPrefix(c);
                if (prefix.isPresent()) {
                    grants.group(principal, PatternType.PREFIXED, Tenant.prefixOf(tenant) + prefix.get());
                } else if (tenant.isPresent()) {
                    grants.group(principal, PatternType.PREFIXED, tenant.get().prefix());
                } else {
                    grants.group(principal, PatternType.LITERAL, ResourcePattern.WILDCARD_RESOURCE);
                }
            }
        }
        if (access.model() == AclModel.CONTRACTS) {
            // contract validation gives every contract its own meta.name, and the template contains {node}
            for (Contract contract : access.contracts()) {
                String principal = access.nodePrincipals().principal(contract.name());
                Set<Topic> published = new LinkedHashSet<>();
                contract.publishes().forEach(channel -> published.add(channel.topic()));
                Set<Topic> subscribed = new LinkedHashSet<>();
                contract.subscribes().forEach(channel -> subscribed.add(channel.topic()));
                grants.topics(principal, Operation.WRITE, published::contains, Optional.empty());
                if (grants.topics(principal, Operation.READ, subscribed::contains, Optional.empty())) {
                    grants.group(principal, PatternType.PREFIXED,
                            ConsumerGroups.nodeGroupPrefix(contract.name(), tenant));
                }
            }
        }
        return new DesiredState(topics, grants.rules, new ManagedScope(grants.principals,
                Tenant.prefixOf(tenant) + TopicNaming.NAMESPACE, legacyTopics, Tenant.prefixOf(tenant)),
                access.legacyTopics() ? List.of() : List.copyOf(legacyTopics), Set.of());
    }

    private static TopicSpec spec(Topic topic, String name, String keyField) {
        return new TopicSpec(name, topic.partitions(), topic.retention().toMillis(), topic.cleanupPolicy().kafkaName(),
                !keyField.isBlank());
    }

    private static String physical(String catalogName, Optional<Tenant> tenant)
            throws InvalidProvisionSettingsException {
        try {
            return TopicNaming.physicalName(catalogName, tenant);
        } catch (IllegalArgumentException e) {
            throw new InvalidProvisionSettingsException(e.getMessage() + " (onex.tenantPrefix)");
        }
    }

    /** The rules granted so far, and to whom. */
    private static final class Grants {
        private final Catalog catalog;
        private final String tenant;
        private final boolean legacyTopics;
        private final List<AclRule> rules = new ArrayList<>();
        private final Set<String> principals = new LinkedHashSet<>();

        Grants(Catalog catalog, Optional<Tenant> tenant, boolean legacyTopics) {
            this.catalog = catalog;
            this.tenant = Tenant.prefixOf(tenant);
            this.legacyTopics = legacyTopics;
        }

        /**
         * Grants the operation on the selected catalog topics: by a section 12 prefix where {@code prefixClass} has
         * one and the selection covers it whole, by name otherwise.
         *
         * @return whether anything was granted
         */
        boolean topics(String principal, Operation operation, Predicate<Topic> granted,
                Optional<PrincipalClass> prefixClass) {
            principals.add(principal);
            AclOperation op = operation == Operation.WRITE ? AclOperation.WRITE : AclOperation.READ;
            List<Topic> all = catalog.topics();
            List<Topic> selected = all.stream().filter(granted).toList();
            if (selected.isEmpty()) {
                return false;
            }
            Predicate<String> prefixed = domain -> prefixClass
                    .filter(c -> AccessPolicy.grantsPrefix(c, operation, domain)).isPresent();
            if (selected.size() == all.size() && prefixed.test(AccessPolicy.ALL_DOMAINS)) {
                topic(principal, PatternType.PREFIXED, AccessPolicy.domainPrefix(AccessPolicy.ALL_DOMAINS), op);
            } else {
                Map<String, List<Topic>> byDomain = new LinkedHashMap<>();
                all.forEach(t -> byDomain.computeIfAbsent(t.name().domain(), d -> new ArrayList<>()).add(t));
                byDomain.forEach((domain, domainTopics) -> {
                    List<Topic> inDomain = domainTopics.stream().filter(selected::contains).toList();
                    if (inDomain.size() == domainTopics.size() && prefixed.test(domain)) {
                        topic(principal, PatternType.PREFIXED, AccessPolicy.domainPrefix(domain), op);
                    } else {
                        inDomain.forEach(t -> topic(principal, PatternType.LITERAL, t.fullName(), op));
                    }
                });
            }
            if (legacyTopics) {
                selected.forEach(t -> t.legacyName().ifPresent(l -> topic(principal, PatternType.LITERAL, l, op)));
            }
            return true;
        }

        private void topic(String principal, PatternType pattern, String catalogName, AclOperation op) {
            rules.add(AclRule.allow(principal, ResourceType.TOPIC, pattern, tenant + catalogName, op));
        }

        void group(String principal, PatternType pattern, String name) {
            rules.add(AclRule.allow(principal, ResourceType.GROUP, pattern, name, AclOperation.READ));
        }
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
