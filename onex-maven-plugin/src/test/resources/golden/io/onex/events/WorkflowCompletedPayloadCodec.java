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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link WorkflowCompletedPayload}.
 */
@Generated("io.onex.plugin.generate.CodecGenerator")
public final class WorkflowCompletedPayloadCodec implements PayloadCodec<WorkflowCompletedPayload> {
    /**
     * The codec; stateless and thread-safe.
     */
    public static final WorkflowCompletedPayloadCodec INSTANCE = new WorkflowCompletedPayloadCodec();

    private static final SerializedString FIELD_WORKFLOW_ID = new SerializedString("workflow_id");

    private static final SerializedString FIELD_WORKFLOW_TYPE = new SerializedString("workflow_type");

    private static final SerializedString FIELD_NODE_ID = new SerializedString("node_id");

    private static final SerializedString FIELD_STARTED_AT = new SerializedString("started_at");

    private static final SerializedString FIELD_COMPLETED_AT = new SerializedString("completed_at");

    private static final SerializedString FIELD_ATTEMPT_COUNT = new SerializedString("attempt_count");

    private static final SerializedString FIELD_OUTCOME = new SerializedString("outcome");

    private static final SerializedString FIELD_OUTPUTS = new SerializedString("outputs");

    private WorkflowCompletedPayloadCodec() {
    }

    @Override
    public void write(JsonGenerator generator, WorkflowCompletedPayload value, Redactor redactor)
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
        generator.writeFieldName(FIELD_COMPLETED_AT);
        Json.writeInstant(generator, value.completedAt());
        generator.writeFieldName(FIELD_ATTEMPT_COUNT);
        generator.writeNumber(value.attemptCount());
        generator.writeFieldName(FIELD_OUTCOME);
        generator.writeString(value.outcome());
        Map<String, String> outputs = value.outputs();
        if (outputs != null) {
            generator.writeFieldName(FIELD_OUTPUTS);
            generator.writeStartObject();
            for (Map.Entry<String, String> entry0 : outputs.entrySet()) {
                generator.writeFieldName(entry0.getKey());
                generator.writeString(entry0.getValue());
            }
            generator.writeEndObject();
        }
        generator.writeEndObject();
    }

    @Override
    public WorkflowCompletedPayload read(JsonParser parser, String pointer) throws IOException {
        Json.expectObject(parser, pointer);
        UUID workflowId = null;
        String workflowType = null;
        String nodeId = null;
        Instant startedAt = null;
        Instant completedAt = null;
        long attemptCount = 0L;
        boolean hasAttemptCount = false;
        String outcome = null;
        Map<String, String> outputs = null;
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
                case "completed_at":
                    completedAt = Json.readInstant(parser, pointer, "completed_at");
                    break;
                case "attempt_count":
                    attemptCount = Json.readLong(parser, pointer, "attempt_count");
                    hasAttemptCount = true;
                    break;
                case "outcome":
                    outcome = Json.readString(parser, pointer, "outcome");
                    break;
                case "outputs":
                    outputs = readOutputs(parser, pointer + "/" + "outputs");
                    break;
                default:
                    parser.skipChildren();
            }
        }
        if (!hasAttemptCount) {
            throw Json.missing(pointer, "attempt_count");
        }
        try {
            return new WorkflowCompletedPayload(workflowId, workflowType, nodeId, startedAt, completedAt, attemptCount, outcome, outputs);
        } catch (OnexValidationException e) {
            throw Json.invalid(pointer, e);
        }
    }

    private static Map<String, String> readOutputs(JsonParser parser, String pointer) throws
            IOException {
        Json.expectObject(parser, pointer);
        Map<String, String> map = new LinkedHashMap<>();
        String key;
        while ((key = parser.nextFieldName()) != null) {
            parser.nextToken();
            map.put(key, Json.readString(parser, pointer, Json.escape(key)));
        }
        return Collections.unmodifiableMap(map);
    }
}
