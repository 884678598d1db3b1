package io.onex.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The principal classes of spec section 12: who writes and reads which topics. The catalog names, per topic, the
 * classes that produce it and those that read it; each class maps to one Kafka principal when a cluster is set up.
 */
public enum PrincipalClass {
    NODE_SERVICES("node_services", "node", "node-service"),
    REGISTRY_SERVICES("registry_services", "registry", "registry-service"),
    INFRASTRUCTURE_SERVICES("infrastructure_services", "infra", "infra-service"),
    OBSERVABILITY("observability", "observability", "observability");

    private final String yamlName;
    private final String shortName;
    private final String defaultUser;

    PrincipalClass(String yamlName, String shortName, String defaultUser) {
        this.yamlName = yamlName;
        this.shortName = shortName;
        this.defaultUser = defaultUser;
    }

    /** The name in {@code topics.yaml}, e.g. {@code node_services}. */
    public String yamlName() {
        return yamlName;
    }

    /** The short name in configuration keys, e.g. {@code node} in {@code onex.principal.node}. */
    public String shortName() {
        return shortName;
    }

    /** The Kafka principal standing for the class unless configured otherwise, e.g. {@code User:node-service}. */
    public String defaultPrincipal() {
        return defaultPrincipal(Optional.empty());
    }

    /**
     * The Kafka principal standing for the class of a tenant unless configured otherwise: {@code User:node-service}
     * without a tenant, {@code User:tenant-a.node-service} with tenant {@code tenant-a}, so that the defaults of two
     * tenants sharing one cluster never name the same principal (section 12: cross-tenant access is off by default).
     */
    public String defaultPrincipal(Optional<Tenant> tenant) {
        return "User:" + Tenant.prefixOf(tenant) + defaultUser;
    }

    public static Optional<PrincipalClass> fromYamlName(String name) {
        return Arrays.stream(values()).filter(p -> p.yamlName.equals(name)).findFirst();
    }

    public static Optional<PrincipalClass> fromShortName(String name) {
        return Arrays.stream(values()).filter(p -> p.shortName.equals(name)).findFirst();
    }
}
