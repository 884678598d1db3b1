package io.onex.events;

import io.onex.sdk.OnexValidationException;
import io.onex.sdk.codec.Checks;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Payload of onex.registry.introspection.requested.v1 (spec section 6.2): the registry asks nodes to re-emit their introspection. A best-effort broadcast command: nodes may ignore or miss it. Keyed by request_id, or by the literal key broadcast when the request carries no request_id.
 *
 * <p>Generated from {@code registry-introspection-requested.v1.schema.json#}.
 *
 * @param requestId Identifier of this request, e.g. req-introspect-001; the Kafka key when present. Absent for an anonymous broadcast, which is keyed broadcast. (JSON {@code request_id}, optional)
 * @param targetNodeIds Only these nodes should answer. Null or absent: no filter by id. When present, at least one id. (JSON {@code target_node_ids}, optional)
 * @param targetNodeTypes Only nodes of these kinds should answer. Null or absent: no filter by kind. When present, at least one kind. (JSON {@code target_node_types}, optional)
 * @param reason Why the registry asks, e.g. registry_startup. (JSON {@code reason}, required)
 */
@Generated("io.onex.plugin.generate.RecordGenerator")
public record IntrospectionRequestPayload(String requestId, List<String> targetNodeIds,
        List<NodeType> targetNodeTypes, String reason) {
    private static final Pattern REASON_PATTERN = Pattern.compile("^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$");

    public IntrospectionRequestPayload {
        if (requestId != null) {
            Checks.minLength("request_id", requestId, 1);
            Checks.maxLength("request_id", requestId, 255);
        }
        targetNodeIds = Checks.copyList("target_node_ids", targetNodeIds);
        if (targetNodeIds != null) {
            Checks.minItems("target_node_ids", targetNodeIds, 1);
            Checks.uniqueItems("target_node_ids", targetNodeIds);
            for (int i = 0; i < targetNodeIds.size(); i++) {
                Checks.minLength("target_node_ids" + "/" + i, targetNodeIds.get(i), 1);
                Checks.maxLength("target_node_ids" + "/" + i, targetNodeIds.get(i), 255);
            }
        }
        targetNodeTypes = Checks.copyList("target_node_types", targetNodeTypes);
        if (targetNodeTypes != null) {
            Checks.minItems("target_node_types", targetNodeTypes, 1);
            Checks.uniqueItems("target_node_types", targetNodeTypes);
        }
        Checks.required("reason", reason);
        Checks.minLength("reason", reason, 1);
        Checks.maxLength("reason", reason, 128);
        Checks.pattern("reason", reason, REASON_PATTERN);
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
        return new Builder().requestId(requestId).targetNodeIds(targetNodeIds).targetNodeTypes(targetNodeTypes).reason(reason);
    }

    /**
     * Builds a {@link IntrospectionRequestPayload} step by step; {@link #build()} runs every check of the record.
     */
    public static final class Builder {
        private String requestId;

        private List<String> targetNodeIds;

        private List<NodeType> targetNodeTypes;

        private String reason;

        private Builder() {
        }

        /**
         * Sets {@code request_id}.
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * Sets {@code target_node_ids}.
         */
        public Builder targetNodeIds(List<String> targetNodeIds) {
            this.targetNodeIds = targetNodeIds;
            return this;
        }

        /**
         * Sets {@code target_node_types}.
         */
        public Builder targetNodeTypes(List<NodeType> targetNodeTypes) {
            this.targetNodeTypes = targetNodeTypes;
            return this;
        }

        /**
         * Sets {@code reason}.
         */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /**
         * @throws OnexValidationException when a required field is missing or a constraint is broken
         */
        public IntrospectionRequestPayload build() {
            return new IntrospectionRequestPayload(requestId, targetNodeIds, targetNodeTypes, reason);
        }
    }
}
