package io.onex.plugin.model;

import java.util.Arrays;
import java.util.Optional;

/** The principal classes of spec section 12 that produce and consume topics. */
public enum PrincipalClass {
    NODE_SERVICES("node_services"),
    REGISTRY_SERVICES("registry_services"),
    INFRASTRUCTURE_SERVICES("infrastructure_services"),
    OBSERVABILITY("observability");

    private final String yamlName;

    PrincipalClass(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<PrincipalClass> fromYamlName(String name) {
        return Arrays.stream(values()).filter(p -> p.yamlName.equals(name)).findFirst();
    }
}
