package io.onex.events.serde;

import io.onex.events.OnexTopics;
import io.onex.events.WorkflowCompletedPayload;
import io.onex.sdk.serde.EnvelopeDeserializer;
import io.onex.sdk.serde.EnvelopeKeySerializer;
import io.onex.sdk.serde.EnvelopeSerde;
import io.onex.sdk.serde.EnvelopeSerializer;
import javax.annotation.processing.Generated;

/**
 * Kafka serializers of {@code onex.registry.workflow.completed.v1}: the value as compact JSON, the key by the keying rule ({@code workflow_id}).
 */
@Generated("io.onex.plugin.generate.SerdeGenerator")
public final class RegistryWorkflowCompletedV1Serdes {
    private RegistryWorkflowCompletedV1Serdes() {
    }

    /**
     * Value serializer of {@code onex.registry.workflow.completed.v1}.
     */
    public static final class ValueSerializer extends EnvelopeSerializer<WorkflowCompletedPayload> {
        public ValueSerializer() {
            super(OnexTopics.REGISTRY_WORKFLOW_COMPLETED_V1);
        }
    }

    /**
     * Value deserializer of {@code onex.registry.workflow.completed.v1}; bad records raise OnexDeserializationException.
     */
    public static final class ValueDeserializer extends EnvelopeDeserializer<WorkflowCompletedPayload> {
        public ValueDeserializer() {
            super(OnexTopics.REGISTRY_WORKFLOW_COMPLETED_V1);
        }
    }

    /**
     * Key serializer of {@code onex.registry.workflow.completed.v1}: takes the event and writes its {@code workflow_id}.
     */
    public static final class KeySerializer extends EnvelopeKeySerializer<WorkflowCompletedPayload> {
        public KeySerializer() {
            super(OnexTopics.REGISTRY_WORKFLOW_COMPLETED_V1);
        }
    }

    /**
     * Value serde of {@code onex.registry.workflow.completed.v1}.
     */
    public static final class ValueSerde extends EnvelopeSerde<WorkflowCompletedPayload> {
        public ValueSerde() {
            super(OnexTopics.REGISTRY_WORKFLOW_COMPLETED_V1);
        }
    }
}
