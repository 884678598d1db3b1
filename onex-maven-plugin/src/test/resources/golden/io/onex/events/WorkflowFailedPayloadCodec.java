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
 * Streaming JSON codec of {@link WorkflowFailedPayload}.
 *
 * <p>Writes {@code error_message} through the redactor (schema keyword {@code x-onex-redact}, spec section 6.6).
 */
@Generated("io.onex.plugin.generate.CodecGenerator")
public final class WorkflowFailedPayloadCodec implements PayloadCodec<WorkflowFailedPayload> {
    /**
     * The codec; stateless and thread-safe.
     */
    public static final WorkflowFailedPayloadCodec INSTANCE = new WorkflowFailedPayloadCodec();

    private static final SerializedString FIELD_WORKFLOW_ID = new SerializedString("workflow_id");

    private static final SerializedString FIELD_WORKFLOW_TYPE = new SerializedString("workflow_type");

    private static final SerializedString FIELD_NODE_ID = new SerializedString("node_id");

    private static final SerializedString FIELD_STARTED_AT = new SerializedString("started_at");

    private static final SerializedString FIELD_FAILED_AT = new SerializedString("failed_at");

    private static final SerializedString FIELD_ATTEMPT_COUNT = new SerializedString("attempt_count");

    private static final SerializedString FIELD_ERROR_CODE = new SerializedString("error_code");

    private static final SerializedString FIELD_ERROR_MESSAGE = new SerializedString("error_message");

    private static final SerializedString FIELD_FAILED_STEP = new SerializedString("failed_step");

    private WorkflowFailedPayloadCodec() {
    }

    @Override
    public void write(JsonGenerator generator, WorkflowFailedPayload value, Redactor redactor)
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
        generator.writeFieldName(FIELD_FAILED_AT);
        Json.writeInstant(generator, value.failedAt());
        generator.writeFieldName(FIELD_ATTEMPT_COUNT);
        generator.writeNumber(value.attemptCount());
        generator.writeFieldName(FIELD_ERROR_CODE);
        generator.writeString(value.errorCode());
        generator.writeFieldName(FIELD_ERROR_MESSAGE);
        generator.writeString(redactor.redactText(value.errorMessage()));
        String failedStep = value.failedStep();
        if (failedStep != null) {
            generator.writeFieldName(FIELD_FAILED_STEP);
            generator.writeString(failedStep);
        }
        generator.writeEndObject();
    }

    @Override
    public WorkflowFailedPayload read(JsonParser parser, String pointer) throws IOException {
        Json.expectObject(parser, pointer);
        UUID workflowId = null;
        String workflowType = null;
        String nodeId = null;
        Instant startedAt = null;
        Instant failedAt = null;
        long attemptCount = 0L;
        boolean hasAttemptCount = false;
        String errorCode = null;
        String errorMessage = null;
        String failedStep = null;
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
                case "failed_at":
                    failedAt = Json.readInstant(parser, pointer, "failed_at");
                    break;
                case "attempt_count":
                    attemptCount = Json.readLong(parser, pointer, "attempt_count");
                    hasAttemptCount = true;
                    break;
                case "error_code":
                    errorCode = Json.readString(parser, pointer, "error_code");
                    break;
                case "error_message":
                    errorMessage = Json.readString(parser, pointer, "error_message");
                    break;
                case "failed_step":
                    failedStep = Json.readString(parser, pointer, "failed_step");
                    break;
                default:
                    parser.skipChildren();
            }
        }
        if (!hasAttemptCount) {
            throw Json.missing(pointer, "attempt_count");
        }
        try {
            return new WorkflowFailedPayload(workflowId, workflowType, nodeId, startedAt, failedAt, attemptCount, errorCode, errorMessage, failedStep);
        } catch (OnexValidationException e) {
            throw Json.invalid(pointer, e);
        }
    }
}
