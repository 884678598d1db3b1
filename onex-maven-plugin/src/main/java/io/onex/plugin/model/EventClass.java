package io.onex.plugin.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The event classes of spec section 5 (plus the registry control and registry state classes of
 * sections 6.2 and 6.3), each with the one key field its topics must use.
 */
public enum EventClass {
    NODE_LIFECYCLE("node_lifecycle", "node_id", KeySource.PAYLOAD),
    REGISTRY_CONTROL("registry_control", "request_id", KeySource.PAYLOAD),
    REGISTRY_STATE("registry_state", "node_id", KeySource.PAYLOAD),
    WORKFLOW("workflow", "workflow_id", KeySource.PAYLOAD),
    INFRASTRUCTURE_SIGNAL("infrastructure_signal", "service_name", KeySource.PAYLOAD),
    TRACE_ERROR_CORRELATION("trace_error_correlation", "correlation_id", KeySource.ENVELOPE);

    private final String yamlName;
    private final String keyField;
    private final KeySource keySource;

    EventClass(String yamlName, String keyField, KeySource keySource) {
        this.yamlName = yamlName;
        this.keyField = keyField;
        this.keySource = keySource;
    }

    /** The spelling used in topics.yaml. */
    public String yamlName() {
        return yamlName;
    }

    /** The key field the keying rule prescribes. */
    public String keyField() {
        return keyField;
    }

    /** Whether the key is read from the payload or from the envelope. */
    public KeySource keySource() {
        return keySource;
    }

    public static Optional<EventClass> fromYamlName(String name) {
        return Arrays.stream(values()).filter(c -> c.yamlName.equals(name)).findFirst();
    }

    /** Where a topic's key value comes from. */
    public enum KeySource {
        PAYLOAD,
        ENVELOPE
    }
}
