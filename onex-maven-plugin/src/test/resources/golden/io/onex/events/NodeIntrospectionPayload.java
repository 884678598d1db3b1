package io.onex.events;

import io.onex.sdk.OnexValidationException;
import io.onex.sdk.codec.Checks;
import io.onex.sdk.codec.Json;
import java.util.Map;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Payload of onex.node.introspection.published.v1 (spec sections 6.1 and 14): a node announces its current capabilities. A last-write-wins snapshot per node_id: a newer event replaces everything an older one said.
 *
 * <p>Generated from {@code node-introspection-published.v1.schema.json#}.
 *
 * @param nodeId The announcing node; the Kafka key. (JSON {@code node_id}, required)
 * @param nodeType The kind of node announcing itself. (JSON {@code node_type}, required)
 * @param nodeVersion Semantic version of the node software. (JSON {@code node_version}, optional)
 * @param capabilities Capability flags by name, e.g. postgres, read, write; true when the node offers the capability. An absent map means no capability is announced. (JSON {@code capabilities}, optional)
 * @param endpoints Endpoints the node exposes, by name (e.g. health), each an absolute URI. Hostnames are only for internal networks (spec section 12). (JSON {@code endpoints}, optional)
 * @param metadata Free-form string labels, e.g. environment and region. Must not carry secrets. (JSON {@code metadata}, optional)
 * @param networkId The network or cluster the node runs in, e.g. onex-prod. (JSON {@code network_id}, optional)
 * @param deploymentId The deployment or release that started this node instance, e.g. deploy-abc123. (JSON {@code deployment_id}, optional)
 * @param epoch Registration epoch of the node instance: a counter that never decreases for a node_id and orders snapshots when timestamps tie or clocks skew. (JSON {@code epoch}, optional)
 * @param performanceMetrics Optional resource usage snapshot taken when the event was built (spec section 14). Each metric is optional because not every platform can measure it; an absent metric is unknown, not zero. (JSON {@code performance_metrics}, optional)
 */
@Generated("io.onex.plugin.generate.RecordGenerator")
public record NodeIntrospectionPayload(String nodeId, NodeType nodeType, String nodeVersion,
        Map<String, Boolean> capabilities, Map<String, String> endpoints,
        Map<String, String> metadata, String networkId, String deploymentId, Long epoch,
        PerformanceMetrics performanceMetrics) {
    private static final Pattern NODE_VERSION_PATTERN = Pattern.compile("^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:-(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$");

    public NodeIntrospectionPayload {
        Checks.required("node_id", nodeId);
        Checks.minLength("node_id", nodeId, 1);
        Checks.maxLength("node_id", nodeId, 255);
        Checks.required("node_type", nodeType);
        if (nodeVersion != null) {
            Checks.pattern("node_version", nodeVersion, NODE_VERSION_PATTERN);
        }
        capabilities = Checks.copyMap("capabilities", capabilities);
        endpoints = Checks.copyMap("endpoints", endpoints);
        if (endpoints != null) {
            for (Map.Entry<String, String> entry : endpoints.entrySet()) {
                Checks.uri("endpoints" + "/" + Json.escape(entry.getKey()), entry.getValue());
            }
        }
        metadata = Checks.copyMap("metadata", metadata);
        if (networkId != null) {
            Checks.minLength("network_id", networkId, 1);
            Checks.maxLength("network_id", networkId, 255);
        }
        if (deploymentId != null) {
            Checks.minLength("deployment_id", deploymentId, 1);
            Checks.maxLength("deployment_id", deploymentId, 255);
        }
        if (epoch != null) {
            Checks.minimum("epoch", epoch, 0L);
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
        return new Builder().nodeId(nodeId).nodeType(nodeType).nodeVersion(nodeVersion).capabilities(capabilities).endpoints(endpoints).metadata(metadata).networkId(networkId).deploymentId(deploymentId).epoch(epoch).performanceMetrics(performanceMetrics);
    }

    /**
     * Builds a {@link NodeIntrospectionPayload} step by step; {@link #build()} runs every check of the record.
     */
    public static final class Builder {
        private String nodeId;

        private NodeType nodeType;

        private String nodeVersion;

        private Map<String, Boolean> capabilities;

        private Map<String, String> endpoints;

        private Map<String, String> metadata;

        private String networkId;

        private String deploymentId;

        private Long epoch;

        private PerformanceMetrics performanceMetrics;

        private Builder() {
        }

        /**
         * Sets {@code node_id}.
         */
        public Builder nodeId(String nodeId) {
            this.nodeId = nodeId;
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
         * Sets {@code node_version}.
         */
        public Builder nodeVersion(String nodeVersion) {
            this.nodeVersion = nodeVersion;
            return this;
        }

        /**
         * Sets {@code capabilities}.
         */
        public Builder capabilities(Map<String, Boolean> capabilities) {
            this.capabilities = capabilities;
            return this;
        }

        /**
         * Sets {@code endpoints}.
         */
        public Builder endpoints(Map<String, String> endpoints) {
            this.endpoints = endpoints;
            return this;
        }

        /**
         * Sets {@code metadata}.
         */
        public Builder metadata(Map<String, String> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Sets {@code network_id}.
         */
        public Builder networkId(String networkId) {
            this.networkId = networkId;
            return this;
        }

        /**
         * Sets {@code deployment_id}.
         */
        public Builder deploymentId(String deploymentId) {
            this.deploymentId = deploymentId;
            return this;
        }

        /**
         * Sets {@code epoch}.
         */
        public Builder epoch(Long epoch) {
            this.epoch = epoch;
            return this;
        }

        /**
         * Sets {@code performance_metrics}.
         */
        public Builder performanceMetrics(PerformanceMetrics performanceMetrics) {
            this.performanceMetrics = performanceMetrics;
            return this;
        }

        /**
         * @throws OnexValidationException when a required field is missing or a constraint is broken
         */
        public NodeIntrospectionPayload build() {
            return new NodeIntrospectionPayload(nodeId, nodeType, nodeVersion, capabilities, endpoints, metadata, networkId, deploymentId, epoch, performanceMetrics);
        }
    }
}
