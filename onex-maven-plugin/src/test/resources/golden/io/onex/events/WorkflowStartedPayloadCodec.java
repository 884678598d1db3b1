package io.onex.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import io.onex.sdk.OnexValidationException;
import io.onex.sdk.codec.Json;
import io.onex.sdk.codec.PayloadCodec;
import io.onex.sdk.redact.Redactor;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link WorkflowStartedPayload}.
 */
@Generated("io.onex.plugin.generate.CodecGenerator")
public final class WorkflowStartedPayloadCodec implements PayloadCodec<WorkflowStartedPayload> {
    /**
     * The codec; stateless and thread-safe.
     */
    public static final WorkflowStartedPayloadCodec INSTANCE = new WorkflowStartedPayloadCodec();

    private static final SerializedString FIELD_WORKFLOW_ID = new SerializedString("workflow_id");

    private static final SerializedString FIELD_WORKFLOW_TYPE = new SerializedString("workflow_type");

    private static final SerializedString FIELD_NODE_ID = new SerializedString("node_id");

    private static final SerializedString FIELD_STARTED_AT = new SerializedString("started_at");

    private static final SerializedString FIELD_MAX_ATTEMPTS = new SerializedString("max_attempts");

    private static final SerializedString FIELD_TRIGGER_EVENT_ID = new SerializedString("trigger_event_id");

    private WorkflowStartedPayloadCodec() {
    }

    @Override
    public void write(JsonGenerator generator, WorkflowStartedPayload value, Redactor redactor)
            throws IOException {
        generator.writeStartObject();
        generator.writeFieldName(FIELD_WORKFLOW_ID);
        Json.writeUuid(generator, value.workflowId());
        generator.writeFieldName(FIELD_WORKFLOW_TYPE);
        generator.writeString(value.workflowType());
        String nodeId = value.nodeId();
        if (nodeId != null) {
            generator.writeFieldName(FIELD_NODE_ID);
            generator.writeString(nodeId);
        }
        generator.writeFieldName(FIELD_STARTED_AT);
        Json.writeInstant(generator, value.startedAt());
        Long maxAttempts = value.maxAttempts();
        if (maxAttempts != null) {
            generator.writeFieldName(FIELD_MAX_ATTEMPTS);
            generator.writeNumber(maxAttempts);
        }
        UUID triggerEventId = value.triggerEventId();
        if (triggerEventId != null) {
            generator.writeFieldName(FIELD_TRIGGER_EVENT_ID);
            Json.writeUuid(generator, triggerEventId);
        }
        generator.writeEndObject();
    }

    @Override
    public WorkflowStartedPayload read(JsonParser parser, String pointer) throws IOException {
        Json.expectObject(parser, pointer);
        UUID workflowId = null;
        String workflowType = null;
        String nodeId = null;
        Instant startedAt = null;
        Long maxAttempts = null;
        UUID triggerEventId = null;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "workflow_id":
                    workflowId = Json.readUuid(parser, pointer, "workflow_id");
                    break;
                case "workflow_type":
                    workflowType = Json.readString(parser, pointer, "workflow_type");
                    break;
                case "node_id":
                    nodeId = Json.readString(parser, pointer, "node_id");
                    break;
                case "started_at":
                    startedAt = Json.readInstant(parser, pointer, "started_at");
                    break;
                case "max_attempts":
                    maxAttempts = Json.readLong(parser, pointer, "max_attempts");
                    break;
                case "trigger_event_id":
                    triggerEventId = Json.readUuid(parser, pointer, "trigger_event_id");
                    break;
                default:
                    parser.skipChildren();
            }
        }
        try {
            return new WorkflowStartedPayload(workflowId, workflowType, nodeId, startedAt, maxAttempts, triggerEventId);
        } catch (OnexValidationException e) {
            throw Json.invalid(pointer, e);
        }
    }
}
