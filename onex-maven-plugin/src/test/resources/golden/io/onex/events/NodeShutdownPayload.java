package io.onex.events;

import io.onex.sdk.codec.Checks;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Payload of onex.node.shutdown.announced.v1 (spec section 6.1): a node announces its graceful intent to leave. Informational: the registry state in Postgres, not this event, records whether the node is gone.
 *
 * <p>Generated from {@code node-shutdown-announced.v1.schema.json#}.
 *
 * @param nodeId The leaving node; the Kafka key. (JSON {@code node_id}, required)
 * @param nodeType The kind of node. (JSON {@code node_type}, required)
 * @param reason Why the node is leaving, e.g. graceful_shutdown. (JSON {@code reason}, required)
 */
@Generated("io.onex.plugin.generate.RecordGenerator")
public record NodeShutdownPayload(String nodeId, NodeType nodeType, String reason) {
    private static final Pattern REASON_PATTERN = Pattern.compile("^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$");

    public NodeShutdownPayload {
        Checks.required("node_id", nodeId);
        Checks.minLength("node_id", nodeId, 1);
        Checks.maxLength("node_id", nodeId, 255);
        Checks.required("node_type", nodeType);
        Checks.required("reason", reason);
        Checks.minLength("reason", reason, 1);
        Checks.maxLength("reason", reason, 128);
        Checks.pattern("reason", reason, REASON_PATTERN);
    }
}
