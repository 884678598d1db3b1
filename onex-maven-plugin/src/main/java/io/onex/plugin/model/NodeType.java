package io.onex.plugin.model;

import java.util.Arrays;
import java.util.Optional;

/** The ONEX node kinds a contract's {@code meta.node_type} may name. */
public enum NodeType {
    EFFECT,
    COMPUTE,
    REDUCER,
    ORCHESTRATOR;

    public static Optional<NodeType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
    }
}
