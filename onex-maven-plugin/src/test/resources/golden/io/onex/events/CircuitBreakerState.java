package io.onex.events;

import io.onex.sdk.OnexValidationException;
import javax.annotation.processing.Generated;

/**
 * State of a circuit breaker: CLOSED lets calls through, OPEN rejects them, HALF_OPEN lets trial calls through to probe recovery.
 *
 * <p>Generated from {@code infra-circuit-breaker-state-changed.v1.schema.json#/definitions/CircuitBreakerState}.
 */
@Generated("io.onex.plugin.generate.EnumGenerator")
public enum CircuitBreakerState {
    /**
     * JSON {@code CLOSED}.
     */
    CLOSED("CLOSED"),

    /**
     * JSON {@code OPEN}.
     */
    OPEN("OPEN"),

    /**
     * JSON {@code HALF_OPEN}.
     */
    HALF_OPEN("HALF_OPEN");

    /**
     * The JSON values, for messages.
     */
    public static final String ALLOWED_VALUES = "CLOSED, OPEN, HALF_OPEN";

    private final String json;

    CircuitBreakerState(String json) {
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
    public static CircuitBreakerState lookup(String json) {
        switch (json) {
            case "CLOSED": return CLOSED;
            case "OPEN": return OPEN;
            case "HALF_OPEN": return HALF_OPEN;
            default: return null;
        }
    }

    /**
     * The constant for a JSON value.
     *
     * @throws OnexValidationException when the value is not one of {@link #ALLOWED_VALUES}
     */
    public static CircuitBreakerState fromJson(String json) {
        CircuitBreakerState value = lookup(json);
        if (value == null) {
            throw new OnexValidationException("CircuitBreakerState", "enum", "unknown value \"" + json + "\"; expected one of " + ALLOWED_VALUES);
        }
        return value;
    }

    @Override
    public String toString() {
        return json;
    }
}
