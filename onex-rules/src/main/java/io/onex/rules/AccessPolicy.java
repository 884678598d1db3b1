package io.onex.rules;

import java.util.Objects;
import java.util.Set;

/**
 * The topic patterns spec section 12 grants to whole principal classes ("Recommended ACL Policies" and its rpk
 * example): node services write {@code onex.node.*} and read {@code onex.registry.*}, registry services write
 * {@code onex.registry.*} and read {@code onex.node.*}, infrastructure services write {@code onex.infra.*},
 * observability reads {@code onex.*}.
 *
 * <p>Which topics a class may use at all is the catalog's (its {@code producers} and {@code readers}); this table
 * only says where a prefix may stand for them. A class that uses a topic outside the domains granted here (node
 * services writing the two infrastructure topics, registry services reading them) is granted that topic by name,
 * never the whole domain, so no principal can write a topic the catalog does not give it.
 */
public final class AccessPolicy {

    /** What a principal does with a topic. */
    public enum Operation {
        READ,
        WRITE
    }

    /** The domain of a grant covering every ONEX topic ({@code onex.*}). */
    public static final String ALL_DOMAINS = "";

    private record Grant(PrincipalClass principalClass, Operation operation, String domain) {
    }

    private static final Set<Grant> PREFIX_GRANTS = Set.of(
            new Grant(PrincipalClass.NODE_SERVICES, Operation.WRITE, "node"),
            new Grant(PrincipalClass.REGISTRY_SERVICES, Operation.READ, "node"),
            new Grant(PrincipalClass.REGISTRY_SERVICES, Operation.WRITE, "registry"),
            new Grant(PrincipalClass.NODE_SERVICES, Operation.READ, "registry"),
            new Grant(PrincipalClass.INFRASTRUCTURE_SERVICES, Operation.WRITE, "infra"),
            new Grant(PrincipalClass.OBSERVABILITY, Operation.READ, "infra"),
            new Grant(PrincipalClass.OBSERVABILITY, Operation.READ, ALL_DOMAINS));

    private AccessPolicy() {
    }

    /**
     * Whether section 12 grants the class the operation on the whole domain by prefix.
     *
     * @param domain e.g. {@code node}; {@link #ALL_DOMAINS} for {@code onex.*}
     */
    public static boolean grantsPrefix(PrincipalClass principalClass, Operation operation, String domain) {
        Objects.requireNonNull(domain, "domain");
        return PREFIX_GRANTS.contains(new Grant(principalClass, operation, domain));
    }

    /** The topic prefix of a domain: {@code onex.node.}, or {@code onex.} for {@link #ALL_DOMAINS}. */
    public static String domainPrefix(String domain) {
        return domain.isEmpty() ? TopicNaming.NAMESPACE : TopicNaming.NAMESPACE + domain + ".";
    }
}
