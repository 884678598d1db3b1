package io.onex.events;

import io.onex.sdk.OnexValidationException;
import javax.annotation.processing.Generated;

/**
 * How severe the error is, in the level names of Python's logging module (lower case, as in the spec's example): debug, info, warning, error, critical.
 *
 * <p>Generated from {@code infra-error-detected.v1.schema.json#/definitions/ErrorSeverity}.
 */
@Generated("io.onex.plugin.generate.EnumGenerator")
public enum ErrorSeverity {
    /**
     * JSON {@code debug}.
     */
    DEBUG("debug"),

    /**
     * JSON {@code info}.
     */
    INFO("info"),

    /**
     * JSON {@code warning}.
     */
    WARNING("warning"),

    /**
     * JSON {@code error}.
     */
    ERROR("error"),

    /**
     * JSON {@code critical}.
     */
    CRITICAL("critical");

    /**
     * The JSON values, for messages.
     */
    public static final String ALLOWED_VALUES = "debug, info, warning, error, critical";

    private final String json;

    ErrorSeverity(String json) {
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
    public static ErrorSeverity lookup(String json) {
        switch (json) {
            case "debug": return DEBUG;
            case "info": return INFO;
            case "warning": return WARNING;
            case "error": return ERROR;
            case "critical": return CRITICAL;
            default: return null;
        }
    }

    /**
     * The constant for a JSON value.
     *
     * @throws OnexValidationException when the value is not one of {@link #ALLOWED_VALUES}
     */
    public static ErrorSeverity fromJson(String json) {
        ErrorSeverity value = lookup(json);
        if (value == null) {
            throw new OnexValidationException("ErrorSeverity", "enum", "unknown value \"" + json + "\"; expected one of " + ALLOWED_VALUES);
        }
        return value;
    }

    @Override
    public String toString() {
        return json;
    }
}
