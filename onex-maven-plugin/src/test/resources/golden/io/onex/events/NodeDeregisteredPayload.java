package io.onex.events;

import io.onex.sdk.codec.Checks;
import java.time.Instant;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Payload of onex.registry.node.deregistered.v1 (spec section 6.3): the node was removed from the registry. A state change event: nodes must not rely on it as confirmation of success.
 *
 * <p>Generated from {@code registry-node-deregistered.v1.schema.json#}.
 *
 * @param nodeId The removed node; the Kafka key. (JSON {@code node_id}, required)
 * @param reason Why the node was removed, e.g. graceful_shutdown. (JSON {@code reason}, required)
 * @param consulDeregistered Whether the node's Consul service entry was removed. (JSON {@code consul_deregistered}, required)
 * @param postgresDeregistered Whether the node's Postgres registry row was marked removed. (JSON {@code postgres_deregistered}, required)
 * @param deregisteredAt When the removal took effect, as an RFC 3339 date-time. (JSON {@code deregistered_at}, required)
 */
@Generated("io.onex.plugin.generate.RecordGenerator")
public record NodeDeregisteredPayload(String nodeId, String reason, boolean consulDeregistered,
        boolean postgresDeregistered, Instant deregisteredAt) {
    private static final Pattern REASON_PATTERN = Pattern.compile("^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$");

    public NodeDeregisteredPayload {
        Checks.required("node_id", nodeId);
        Checks.minLength("node_id", nodeId, 1);
        Checks.maxLength("node_id", nodeId, 255);
        Checks.required("reason", reason);
        Checks.minLength("reason", reason, 1);
        Checks.maxLength("reason", reason, 128);
        Checks.pattern("reason", reason, REASON_PATTERN);
        Checks.required("deregistered_at", deregisteredAt);
    }
}
