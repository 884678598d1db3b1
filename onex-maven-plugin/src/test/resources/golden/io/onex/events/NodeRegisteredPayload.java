package io.onex.events;

import io.onex.sdk.codec.Checks;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * Payload of onex.registry.node.registered.v1 (spec section 6.3): the registry state of a node transitioned to REGISTERED. A state change event, not an acknowledgement: nodes must query the registry for the authoritative state.
 *
 * <p>Generated from {@code registry-node-registered.v1.schema.json#}.
 *
 * @param nodeId The registered node; the Kafka key. (JSON {@code node_id}, required)
 * @param registrationId Identifier of this registration in the registry, e.g. reg-abc123. (JSON {@code registration_id}, required)
 * @param consulServiceId Service id under which the node was registered in Consul, e.g. postgres-adapter-001-prod. (JSON {@code consul_service_id}, required)
 * @param postgresRowId Key of the registry row in Postgres, the source of truth. Opaque: the spec's own example (uuid-xyz789) is not a UUID, so no UUID format is imposed. (JSON {@code postgres_row_id}, required)
 * @param registeredAt When the registration took effect, as an RFC 3339 date-time. (JSON {@code registered_at}, required)
 * @param ttlSeconds Seconds the registration stays valid without a renewing heartbeat. (JSON {@code ttl_seconds}, required)
 */
@Generated("io.onex.plugin.generate.RecordGenerator")
public record NodeRegisteredPayload(String nodeId, String registrationId, String consulServiceId,
        String postgresRowId, Instant registeredAt, long ttlSeconds) {
    public NodeRegisteredPayload {
        Checks.required("node_id", nodeId);
        Checks.minLength("node_id", nodeId, 1);
        Checks.maxLength("node_id", nodeId, 255);
        Checks.required("registration_id", registrationId);
        Checks.minLength("registration_id", registrationId, 1);
        Checks.maxLength("registration_id", registrationId, 255);
        Checks.required("consul_service_id", consulServiceId);
        Checks.minLength("consul_service_id", consulServiceId, 1);
        Checks.maxLength("consul_service_id", consulServiceId, 255);
        Checks.required("postgres_row_id", postgresRowId);
        Checks.minLength("postgres_row_id", postgresRowId, 1);
        Checks.maxLength("postgres_row_id", postgresRowId, 255);
        Checks.required("registered_at", registeredAt);
        Checks.minimum("ttl_seconds", ttlSeconds, 0L);
    }
}
