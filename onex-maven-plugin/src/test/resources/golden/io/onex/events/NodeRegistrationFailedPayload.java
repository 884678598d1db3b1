package io.onex.events;

import io.onex.sdk.codec.Checks;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Payload of onex.registry.node.registration_failed.v1 (spec section 6.3): the registration workflow of a node failed or partially failed. An outcome event, not an acknowledgement.
 *
 * <p>Generated from {@code registry-node-registration-failed.v1.schema.json#}.
 *
 * @param nodeId The node whose registration failed; the Kafka key. (JSON {@code node_id}, required)
 * @param errorCode Machine-readable failure code, e.g. CONSUL_REGISTRATION_FAILED. (JSON {@code error_code}, required)
 * @param errorMessage Human-readable failure description, with secrets redacted. (JSON {@code error_message}, required)
 * @param consulSuccess Whether the Consul half of the dual registration succeeded. (JSON {@code consul_success}, required)
 * @param postgresSuccess Whether the Postgres half of the dual registration succeeded. (JSON {@code postgres_success}, required)
 * @param retryEligible Whether the node may retry its registration. (JSON {@code retry_eligible}, required)
 * @param suggestedRetryDelaySeconds Seconds the node should wait before retrying; meaningful only when retry_eligible is true. (JSON {@code suggested_retry_delay_seconds}, optional)
 */
@Generated("io.onex.plugin.generate.RecordGenerator")
public record NodeRegistrationFailedPayload(String nodeId, String errorCode, String errorMessage,
        boolean consulSuccess, boolean postgresSuccess, boolean retryEligible,
        Long suggestedRetryDelaySeconds) {
    private static final Pattern ERROR_CODE_PATTERN = Pattern.compile("^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$");

    public NodeRegistrationFailedPayload {
        Checks.required("node_id", nodeId);
        Checks.minLength("node_id", nodeId, 1);
        Checks.maxLength("node_id", nodeId, 255);
        Checks.required("error_code", errorCode);
        Checks.minLength("error_code", errorCode, 1);
        Checks.maxLength("error_code", errorCode, 128);
        Checks.pattern("error_code", errorCode, ERROR_CODE_PATTERN);
        Checks.required("error_message", errorMessage);
        Checks.minLength("error_message", errorMessage, 1);
        if (suggestedRetryDelaySeconds != null) {
            Checks.minimum("suggested_retry_delay_seconds", suggestedRetryDelaySeconds, 0L);
        }
    }
}
