package io.onex.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The principal classes of spec section 12: who writes and reads which topics. The catalog names, per topic, the
 * classes that produce it and those that read it; each class maps to one Kafka principal when a cluster is set up.
 */
public enum PrincipalClass {
    NODE_SERVICES("node_services", "node", "User:node-service", "onex-node-"),
    REGISTRY_SERVICES("registry_services", "registry", "User:registry-service", "onex-registry-"),
    INFRASTRUCTURE_SERVICES("infrastructure_services", "infra", "User:infra-service", "onex-infra-"),
    OBSERVABILITY("observability", "observability", "User:observability", "onex-observability-");

    private final String yamlName;
    private final String shortName;
    private final String defaultPrincipal;
    private final String defaultGroupPrefix;

    PrincipalClass(String yamlName, String shortName, String defaultPrincipal, String defaultGroupPrefix) {
        this.yamlName = yamlName;
        this.shortName = shortName;
        this.defaultPrincipal = defaultPrincipal;
        this.defaultGroupPrefix = defaultGroupPrefix;
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
        return defaultPrincipal;
    }

    /** The consumer group prefix the class's ACLs cover unless configured otherwise, e.g. {@code onex-node-}. */
    public String defaultGroupPrefix() {
        return defaultGroupPrefix;
    }

    public static Optional<PrincipalClass> fromYamlName(String name) {
        return Arrays.stream(values()).filter(p -> p.yamlName.equals(name)).findFirst();
    }

    public static Optional<PrincipalClass> fromShortName(String name) {
        return Arrays.stream(values()).filter(p -> p.shortName.equals(name)).findFirst();
    }
}
