package io.onex.plugin.model;

import java.util.Arrays;
import java.util.Optional;

/** Direction of a topic, spec section 10. */
public enum Direction {
    NODE_TO_REGISTRY("node_to_registry", "Node → Registry"),
    REGISTRY_TO_NODES("registry_to_nodes", "Registry → Nodes"),
    INTERNAL("internal", "Internal");

    private final String yamlName;
    private final String display;

    Direction(String yamlName, String display) {
        this.yamlName = yamlName;
        this.display = display;
    }

    public String yamlName() {
        return yamlName;
    }

    public String display() {
        return display;
    }

    public static Optional<Direction> fromYamlName(String name) {
        return Arrays.stream(values()).filter(d -> d.yamlName.equals(name)).findFirst();
    }
}
