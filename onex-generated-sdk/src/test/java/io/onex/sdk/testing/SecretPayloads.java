package io.onex.sdk.testing;

import io.onex.events.ErrorDetectedPayload;
import io.onex.events.ErrorSeverity;
import io.onex.events.NodeRegistrationFailedPayload;
import io.onex.events.NodeType;
import io.onex.events.OnexTopics;
import io.onex.events.WorkflowFailedPayload;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events of the three topics with redacted fields (schema keyword {@code x-onex-redact}), each carrying the secret
 * {@value #SECRET}, the host name {@value #HOST} and the IP {@value #IP} in them, beside identifiers that redaction
 * must leave alone.
 */
public final class SecretPayloads {

    /** A password; no redactor lets it through. */
    public static final String SECRET = "hunter2";
    /** A host name; only an internal environment keeps it. */
    public static final String HOST = "db.example.com";
    /** An IP address; only an internal environment keeps it. */
    public static final String IP = "10.20.30.40";
    /** A dotted node name, which the redactor would take for a host name; node_name is not redacted. */
    public static final String NODE_NAME = "consul-adapter.production";
    /** A dotted operation name, likewise left alone. */
    public static final String OPERATION = "db.connect";

    private SecretPayloads() {
    }

    /** The error topic's payload, with secrets, a host and an IP in its message and context. */
    public static EventEnvelope<ErrorDetectedPayload> errorDetected() {
        ErrorDetectedPayload payload = ErrorDetectedPayload.builder()
                .errorCode("DATABASE_CONNECTION_ERROR")
                .severity(ErrorSeverity.ERROR)
                .message("connect to postgres://app:" + SECRET + "@" + HOST + ":5432/registry failed; password=" + SECRET)
                .nodeType(NodeType.EFFECT)
                .nodeName(NODE_NAME)
                .transportType("DATABASE")
                .operation(OPERATION)
                .context(Map.of("host", HOST, "port", 5432, "password", SECRET, "retry_count", 3,
                        "detail", "password=" + SECRET + " from " + IP, "attempts", List.of("Bearer abc.def.ghi")))
                .build();
        return event(OnexTopics.INFRA_ERROR_DETECTED_V1, payload);
    }

    /** A failed registration whose error message holds a token and a host. */
    public static EventEnvelope<NodeRegistrationFailedPayload> registrationFailed() {
        NodeRegistrationFailedPayload payload = new NodeRegistrationFailedPayload("postgres-adapter-001",
                "CONSUL_REGISTRATION_FAILED", "Consul at " + HOST + ":8500 refused token=" + SECRET, false, true, true, 30L);
        return event(OnexTopics.REGISTRY_NODE_REGISTRATION_FAILED_V1, payload);
    }

    /** A failed workflow whose error message holds a connection URL with a password and an IP. */
    public static EventEnvelope<WorkflowFailedPayload> workflowFailed() {
        WorkflowFailedPayload payload = new WorkflowFailedPayload(UUID.fromString("7d5c0c8e-3a3b-4a8e-9f5e-1c2d3e4f5a6b"),
                "node_registration", "postgres-adapter-001", Instant.parse("2025-01-15T10:30:00Z"),
                Instant.parse("2025-01-15T10:31:00Z"), 3, "POSTGRES_WRITE_FAILED",
                "insert failed on postgresql://registry:" + SECRET + "@" + IP + "/registry", "postgres_registration");
        return event(OnexTopics.REGISTRY_WORKFLOW_FAILED_V1, payload);
    }

    /** The three events, for tests that send all of them. */
    public static List<EventEnvelope<?>> all() {
        return List.of(errorDetected(), registrationFailed(), workflowFailed());
    }

    /** The catalog topic of one of the events above. */
    @SuppressWarnings("unchecked")
    public static <P> OnexTopic<P> topicOf(EventEnvelope<P> event) {
        return (OnexTopic<P>) switch (event.eventType()) {
            case "onex.infra.error.detected" -> OnexTopics.INFRA_ERROR_DETECTED_V1;
            case "onex.registry.node.registration_failed" -> OnexTopics.REGISTRY_NODE_REGISTRATION_FAILED_V1;
            case "onex.registry.workflow.failed" -> OnexTopics.REGISTRY_WORKFLOW_FAILED_V1;
            default -> throw new IllegalArgumentException(event.eventType());
        };
    }

    /** Compact JSON as text. */
    public static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }

    private static <P> EventEnvelope<P> event(OnexTopic<P> topic, P payload) {
        return EventEnvelope.create(topic.eventType(), "node/postgres-adapter", payload);
    }
}
