package io.onex.events;

import io.onex.sdk.codec.Checks;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Payload of onex.registry.workflow.failed.v1 (spec section 6.5): a registry workflow run failed after its retries were exhausted. Self-contained, because consumers may have missed the started event (spec section 2).
 *
 * <p>Generated from {@code registry-workflow-failed.v1.schema.json#}.
 *
 * @param workflowId The workflow run; the Kafka key. (JSON {@code workflow_id}, required)
 * @param workflowType The kind of workflow, e.g. node_registration. (JSON {@code workflow_type}, required)
 * @param nodeId The node the workflow acted on, when it acted on exactly one. (JSON {@code node_id}, optional)
 * @param startedAt When the run started, as an RFC 3339 date-time; repeated here so the duration needs no join with the started event. (JSON {@code started_at}, required)
 * @param failedAt When the run was given up, as an RFC 3339 date-time. (JSON {@code failed_at}, required)
 * @param attemptCount Attempts made before giving up, counting the first. (JSON {@code attempt_count}, required)
 * @param errorCode Machine-readable code of the last attempt's failure, e.g. CONSUL_REGISTRATION_FAILED. (JSON {@code error_code}, required)
 * @param errorMessage Human-readable description of the last attempt's failure, with secrets redacted. (JSON {@code error_message}, required)
 * @param failedStep The workflow step that failed as a lower snake_case code, e.g. consul_registration; absent when the failure is not tied to a step. (JSON {@code failed_step}, optional)
 */
@Generated("io.onex.plugin.generate.RecordGenerator")
public record WorkflowFailedPayload(UUID workflowId, String workflowType, String nodeId,
        Instant startedAt, Instant failedAt, long attemptCount, String errorCode,
        String errorMessage, String failedStep) {
    private static final Pattern WORKFLOW_TYPE_PATTERN = Pattern.compile("^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$");

    private static final Pattern ERROR_CODE_PATTERN = Pattern.compile("^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$");

    private static final Pattern FAILED_STEP_PATTERN = Pattern.compile("^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$");

    public WorkflowFailedPayload {
        Checks.required("workflow_id", workflowId);
        Checks.required("workflow_type", workflowType);
        Checks.minLength("workflow_type", workflowType, 1);
        Checks.maxLength("workflow_type", workflowType, 128);
        Checks.pattern("workflow_type", workflowType, WORKFLOW_TYPE_PATTERN);
        if (nodeId != null) {
            Checks.minLength("node_id", nodeId, 1);
            Checks.maxLength("node_id", nodeId, 255);
        }
        Checks.required("started_at", startedAt);
        Checks.required("failed_at", failedAt);
        Checks.minimum("attempt_count", attemptCount, 1L);
        Checks.required("error_code", errorCode);
        Checks.minLength("error_code", errorCode, 1);
        Checks.maxLength("error_code", errorCode, 128);
        Checks.pattern("error_code", errorCode, ERROR_CODE_PATTERN);
        Checks.required("error_message", errorMessage);
        Checks.minLength("error_message", errorMessage, 1);
        if (failedStep != null) {
            Checks.minLength("failed_step", failedStep, 1);
            Checks.maxLength("failed_step", failedStep, 128);
            Checks.pattern("failed_step", failedStep, FAILED_STEP_PATTERN);
        }
    }
}
