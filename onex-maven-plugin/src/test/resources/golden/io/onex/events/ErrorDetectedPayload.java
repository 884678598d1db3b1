package io.onex.events;

import io.onex.sdk.OnexValidationException;
import io.onex.sdk.codec.Checks;
import java.util.Map;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Payload of onex.infra.error.detected.v1 (spec section 6.6): an infrastructure-level error. Keyed by the envelope's correlation_id, so the payload does not repeat it. Producers must redact secrets; hostnames and IP addresses are allowed only in internal environments.
 *
 * <p>Generated from {@code infra-error-detected.v1.schema.json#}.
 *
 * @param errorCode Machine-readable error code, e.g. DATABASE_CONNECTION_ERROR. (JSON {@code error_code}, required)
 * @param severity How severe the error is. (JSON {@code severity}, required)
 * @param message Human-readable description, with secrets redacted. (JSON {@code message}, required)
 * @param nodeType The kind of node that hit the error, when a node did. (JSON {@code node_type}, optional)
 * @param nodeName The name of the node that hit the error, e.g. postgres-adapter, when a node did. (JSON {@code node_name}, optional)
 * @param transportType The kind of transport that failed as an UPPER_SNAKE_CASE code, e.g. DATABASE, HTTP, KAFKA. An open set: readers must accept codes they do not know. (JSON {@code transport_type}, optional)
 * @param operation The operation that failed, e.g. connect. (JSON {@code operation}, optional)
 * @param context Further detail by name, each any JSON value, e.g. host, port, retry_count. Must not carry secrets. (JSON {@code context}, optional)
 */
@Generated("io.onex.plugin.generate.RecordGenerator")
public record ErrorDetectedPayload(String errorCode, ErrorSeverity severity, String message,
        NodeType nodeType, String nodeName, String transportType, String operation,
        Map<String, Object> context) {
    private static final Pattern ERROR_CODE_PATTERN = Pattern.compile("^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$");

    private static final Pattern TRANSPORT_TYPE_PATTERN = Pattern.compile("^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$");

    public ErrorDetectedPayload {
        Checks.required("error_code", errorCode);
        Checks.minLength("error_code", errorCode, 1);
        Checks.maxLength("error_code", errorCode, 128);
        Checks.pattern("error_code", errorCode, ERROR_CODE_PATTERN);
        Checks.required("severity", severity);
        Checks.required("message", message);
        Checks.minLength("message", message, 1);
        if (nodeName != null) {
            Checks.minLength("node_name", nodeName, 1);
            Checks.maxLength("node_name", nodeName, 255);
        }
        if (transportType != null) {
            Checks.minLength("transport_type", transportType, 1);
            Checks.maxLength("transport_type", transportType, 64);
            Checks.pattern("transport_type", transportType, TRANSPORT_TYPE_PATTERN);
        }
        if (operation != null) {
            Checks.minLength("operation", operation, 1);
            Checks.maxLength("operation", operation, 255);
        }
        context = Checks.copyJsonMap("context", context);
    }

    /**
     * A builder with no field set.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's values, for a modified copy.
     */
    public Builder toBuilder() {
        return new Builder().errorCode(errorCode).severity(severity).message(message).nodeType(nodeType).nodeName(nodeName).transportType(transportType).operation(operation).context(context);
    }

    /**
     * Builds a {@link ErrorDetectedPayload} step by step; {@link #build()} runs every check of the record.
     */
    public static final class Builder {
        private String errorCode;

        private ErrorSeverity severity;

        private String message;

        private NodeType nodeType;

        private String nodeName;

        private String transportType;

        private String operation;

        private Map<String, Object> context;

        private Builder() {
        }

        /**
         * Sets {@code error_code}.
         */
        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /**
         * Sets {@code severity}.
         */
        public Builder severity(ErrorSeverity severity) {
            this.severity = severity;
            return this;
        }

        /**
         * Sets {@code message}.
         */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * Sets {@code node_type}.
         */
        public Builder nodeType(NodeType nodeType) {
            this.nodeType = nodeType;
            return this;
        }

        /**
         * Sets {@code node_name}.
         */
        public Builder nodeName(String nodeName) {
            this.nodeName = nodeName;
            return this;
        }

        /**
         * Sets {@code transport_type}.
         */
        public Builder transportType(String transportType) {
            this.transportType = transportType;
            return this;
        }

        /**
         * Sets {@code operation}.
         */
        public Builder operation(String operation) {
            this.operation = operation;
            return this;
        }

        /**
         * Sets {@code context}.
         */
        public Builder context(Map<String, Object> context) {
            this.context = context;
            return this;
        }

        /**
         * @throws OnexValidationException when a required field is missing or a constraint is broken
         */
        public ErrorDetectedPayload build() {
            return new ErrorDetectedPayload(errorCode, severity, message, nodeType, nodeName, transportType, operation, context);
        }
    }
}
