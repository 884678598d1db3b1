package io.onex.events;

import io.onex.sdk.OnexValidationException;
import javax.annotation.processing.Generated;

/**
 * The kind of ONEX node: EFFECT nodes perform I/O, COMPUTE nodes transform data, REDUCER nodes fold state purely, ORCHESTRATOR nodes coordinate workflows (spec section 11).
 *
 * <p>Generated from {@code common.v1.schema.json#/definitions/NodeType}.
 */
@Generated("io.onex.plugin.generate.EnumGenerator")
public enum NodeType {
    /**
     * JSON {@code EFFECT}.
     */
    EFFECT("EFFECT"),

    /**
     * JSON {@code COMPUTE}.
     */
    COMPUTE("COMPUTE"),

    /**
     * JSON {@code REDUCER}.
     */
    REDUCER("REDUCER"),

    /**
     * JSON {@code ORCHESTRATOR}.
     */
    ORCHESTRATOR("ORCHESTRATOR");

    /**
     * The JSON values, for messages.
     */
    public static final String ALLOWED_VALUES = "EFFECT, COMPUTE, REDUCER, ORCHESTRATOR";

    private final String json;

    NodeType(String json) {
        this.json = json;
    }

    /**
     * The value as written in JSON.
     */
    public String json() {
        return json;
    }

    /**
     * The constant for a JSON value, or {@code null} when there is none.
     */
    public static NodeType lookup(String json) {
        switch (json) {
            case "EFFECT": return EFFECT;
            case "COMPUTE": return COMPUTE;
            case "REDUCER": return REDUCER;
            case "ORCHESTRATOR": return ORCHESTRATOR;
            default: return null;
        }
    }

    /**
     * The constant for a JSON value.
     *
     * @throws OnexValidationException when the value is not one of {@link #ALLOWED_VALUES}
     */
    public static NodeType fromJson(String json) {
        NodeType value = lookup(json);
        if (value == null) {
            throw new OnexValidationException("NodeType", "enum", "unknown value \"" + json + "\"; expected one of " + ALLOWED_VALUES);
        }
        return value;
    }

    @Override
    public String toString() {
        return json;
    }
}
