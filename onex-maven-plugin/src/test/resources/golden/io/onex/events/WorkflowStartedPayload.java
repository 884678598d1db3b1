package io.onex.events;

import io.onex.sdk.OnexValidationException;
import io.onex.sdk.codec.Checks;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Payload of onex.registry.workflow.started.v1 (spec section 6.5): a registry workflow run started. Audit trail only: workflow state lives in Postgres, and the completed or failed event of the same workflow_id closes the run.
 *
 * <p>Generated from {@code registry-workflow-started.v1.schema.json#}.
 *
 * @param workflowId The workflow run; the Kafka key, shared by the started, completed and failed events of the run. (JSON {@code workflow_id}, required)
 * @param workflowType The kind of workflow, e.g. node_registration. (JSON {@code workflow_type}, required)
 * @param nodeId The node the workflow acts on, when it acts on exactly one; absent for workflows that span many nodes. (JSON {@code node_id}, optional)
 * @param startedAt When the run started, as an RFC 3339 date-time. (JSON {@code started_at}, required)
 * @param maxAttempts How many attempts the orchestrator will make before it reports the run as failed; absent when the workflow is not retried. (JSON {@code max_attempts}, optional)
 * @param triggerEventId The event_id of the envelope that triggered the run, e.g. an introspection event; absent for runs started by a timer or an operator. (JSON {@code trigger_event_id}, optional)
 */
@Generated("io.onex.plugin.generate.RecordGenerator")
public record WorkflowStartedPayload(UUID workflowId, String workflowType, String nodeId,
        Instant startedAt, Long maxAttempts, UUID triggerEventId) {
    private static final Pattern WORKFLOW_TYPE_PATTERN = Pattern.compile("^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$");

    public WorkflowStartedPayload {
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
        if (maxAttempts != null) {
            Checks.minimum("max_attempts", maxAttempts, 1L);
        }
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
        return new Builder().workflowId(workflowId).workflowType(workflowType).nodeId(nodeId).startedAt(startedAt).maxAttempts(maxAttempts).triggerEventId(triggerEventId);
    }

    /**
     * Builds a {@link WorkflowStartedPayload} step by step; {@link #build()} runs every check of the record.
     */
    public static final class Builder {
        private UUID workflowId;

        private String workflowType;

        private String nodeId;

        private Instant startedAt;

        private Long maxAttempts;

        private UUID triggerEventId;

        private Builder() {
        }

        /**
         * Sets {@code workflow_id}.
         */
        public Builder workflowId(UUID workflowId) {
            this.workflowId = workflowId;
            return this;
        }

        /**
         * Sets {@code workflow_type}.
         */
        public Builder workflowType(String workflowType) {
            this.workflowType = workflowType;
            return this;
        }

        /**
         * Sets {@code node_id}.
         */
        public Builder nodeId(String nodeId) {
            this.nodeId = nodeId;
            return this;
        }

        /**
         * Sets {@code started_at}.
         */
        public Builder startedAt(Instant startedAt) {
            this.startedAt = startedAt;
            return this;
        }

        /**
         * Sets {@code max_attempts}.
         */
        public Builder maxAttempts(Long maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Sets {@code trigger_event_id}.
         */
        public Builder triggerEventId(UUID triggerEventId) {
            this.triggerEventId = triggerEventId;
            return this;
        }

        /**
         * @throws OnexValidationException when a required field is missing or a constraint is broken
         */
        public WorkflowStartedPayload build() {
            return new WorkflowStartedPayload(workflowId, workflowType, nodeId, startedAt, maxAttempts, triggerEventId);
        }
    }
}
