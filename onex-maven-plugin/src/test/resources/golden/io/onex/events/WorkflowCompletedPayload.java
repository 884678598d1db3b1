package io.onex.events;

import io.onex.sdk.codec.Checks;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Payload of onex.registry.workflow.completed.v1 (spec section 6.5): a registry workflow run completed successfully. Self-contained, because consumers may have missed the started event (spec section 2).
 *
 * <p>Generated from {@code registry-workflow-completed.v1.schema.json#}.
 *
 * @param workflowId The workflow run; the Kafka key. (JSON {@code workflow_id}, required)
 * @param workflowType The kind of workflow, e.g. node_registration. (JSON {@code workflow_type}, required)
 * @param nodeId The node the workflow acted on, when it acted on exactly one. (JSON {@code node_id}, optional)
 * @param startedAt When the run started, as an RFC 3339 date-time; repeated here so the duration needs no join with the started event. (JSON {@code started_at}, required)
 * @param completedAt When the run completed, as an RFC 3339 date-time. (JSON {@code completed_at}, required)
 * @param attemptCount Attempts the run took, counting the first; 1 when it succeeded without a retry. (JSON {@code attempt_count}, required)
 * @param outcome What the run achieved as a lower snake_case code, e.g. node_registered. (JSON {@code outcome}, required)
 * @param outputs Identifiers the run produced, by name, e.g. registration_id; lets an auditor find the records the run wrote. (JSON {@code outputs}, optional)
 */
@Generated("io.onex.plugin.generate.RecordGenerator")
public record WorkflowCompletedPayload(UUID workflowId, String workflowType, String nodeId,
        Instant startedAt, Instant completedAt, long attemptCount, String outcome,
        Map<String, String> outputs) {
    private static final Pattern WORKFLOW_TYPE_PATTERN = Pattern.compile("^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$");

    private static final Pattern OUTCOME_PATTERN = Pattern.compile("^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$");

    public WorkflowCompletedPayload {
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
        Checks.required("completed_at", completedAt);
        Checks.minimum("attempt_count", attemptCount, 1L);
        Checks.required("outcome", outcome);
        Checks.minLength("outcome", outcome, 1);
        Checks.maxLength("outcome", outcome, 128);
        Checks.pattern("outcome", outcome, OUTCOME_PATTERN);
        outputs = Checks.copyMap("outputs", outputs);
    }
}
