package io.onex.events.serde;

import io.onex.events.OnexTopics;
import io.onex.events.WorkflowFailedPayload;
import io.onex.sdk.serde.EnvelopeDeserializer;
import io.onex.sdk.serde.EnvelopeKeySerializer;
import io.onex.sdk.serde.EnvelopeSerde;
import io.onex.sdk.serde.EnvelopeSerializer;
import javax.annotation.processing.Generated;

/**
 * Kafka serializers of {@code onex.registry.workflow.failed.v1}: the value as compact JSON, the key by the keying rule ({@code workflow_id}).
 */
@Generated("io.onex.plugin.generate.SerdeGenerator")
public final class RegistryWorkflowFailedV1Serdes {
    private RegistryWorkflowFailedV1Serdes() {
    }

    /**
     * Value serializer of {@code onex.registry.workflow.failed.v1}; it redacts {@code error_message} (spec section 6.6), keeping host names and IPs only when the client configuration sets {@code onex.redaction.internal.environment=true}.
     */
    public static final class ValueSerializer extends EnvelopeSerializer<WorkflowFailedPayload> {
        public ValueSerializer() {
            super(OnexTopics.REGISTRY_WORKFLOW_FAILED_V1);
        }
    }

    /**
     * Value deserializer of {@code onex.registry.workflow.failed.v1}; bad records raise OnexDeserializationException.
     */
    public static final class ValueDeserializer extends EnvelopeDeserializer<WorkflowFailedPayload> {
        public ValueDeserializer() {
            super(OnexTopics.REGISTRY_WORKFLOW_FAILED_V1);
        }
    }

    /**
     * Key serializer of {@code onex.registry.workflow.failed.v1}: takes the event and writes its {@code workflow_id}.
     */
    public static final class KeySerializer extends EnvelopeKeySerializer<WorkflowFailedPayload> {
        public KeySerializer() {
            super(OnexTopics.REGISTRY_WORKFLOW_FAILED_V1);
        }
    }

    /**
     * Value serde of {@code onex.registry.workflow.failed.v1}; it redacts {@code error_message} (spec section 6.6), keeping host names and IPs only when the client configuration sets {@code onex.redaction.internal.environment=true}.
     */
    public static final class ValueSerde extends EnvelopeSerde<WorkflowFailedPayload> {
        public ValueSerde() {
            super(OnexTopics.REGISTRY_WORKFLOW_FAILED_V1);
        }
    }
}
