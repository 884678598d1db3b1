package io.onex.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import io.onex.sdk.OnexValidationException;
import io.onex.sdk.codec.Json;
import io.onex.sdk.codec.PayloadCodec;
import io.onex.sdk.redact.Redactor;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link NodeRegistrationFailedPayload}.
 *
 * <p>Writes {@code error_message} through the redactor (schema keyword {@code x-onex-redact}, spec section 6.6).
 */
@Generated("io.onex.plugin.generate.CodecGenerator")
public final class NodeRegistrationFailedPayloadCodec implements PayloadCodec<NodeRegistrationFailedPayload> {
    /**
     * The codec; stateless and thread-safe.
     */
    public static final NodeRegistrationFailedPayloadCodec INSTANCE = new NodeRegistrationFailedPayloadCodec();

    private static final SerializedString FIELD_NODE_ID = new SerializedString("node_id");

    private static final SerializedString FIELD_ERROR_CODE = new SerializedString("error_code");

    private static final SerializedString FIELD_ERROR_MESSAGE = new SerializedString("error_message");

    private static final SerializedString FIELD_CONSUL_SUCCESS = new SerializedString("consul_success");

    private static final SerializedString FIELD_POSTGRES_SUCCESS = new SerializedString("postgres_success");

    private static final SerializedString FIELD_RETRY_ELIGIBLE = new SerializedString("retry_eligible");

    private static final SerializedString FIELD_SUGGESTED_RETRY_DELAY_SECONDS = new SerializedString("suggested_retry_delay_seconds");

    private NodeRegistrationFailedPayloadCodec() {
    }

    @Override
    public void write(JsonGenerator generator, NodeRegistrationFailedPayload value,
            Redactor redactor) throws IOException {
        generator.writeStartObject();
        generator.writeFieldName(FIELD_NODE_ID);
        generator.writeString(value.nodeId());
        generator.writeFieldName(FIELD_ERROR_CODE);
        generator.writeString(value.errorCode());
        generator.writeFieldName(FIELD_ERROR_MESSAGE);
        generator.writeString(redactor.redactText(value.errorMessage()));
        generator.writeFieldName(FIELD_CONSUL_SUCCESS);
        generator.writeBoolean(value.consulSuccess());
        generator.writeFieldName(FIELD_POSTGRES_SUCCESS);
        generator.writeBoolean(value.postgresSuccess());
        generator.writeFieldName(FIELD_RETRY_ELIGIBLE);
        generator.writeBoolean(value.retryEligible());
        Long suggestedRetryDelaySeconds = value.suggestedRetryDelaySeconds();
        if (suggestedRetryDelaySeconds != null) {
            generator.writeFieldName(FIELD_SUGGESTED_RETRY_DELAY_SECONDS);
            generator.writeNumber(suggestedRetryDelaySeconds);
        }
        generator.writeEndObject();
    }

    @Override
    public NodeRegistrationFailedPayload read(JsonParser parser, String pointer) throws
            IOException {
        Json.expectObject(parser, pointer);
        String nodeId = null;
        String errorCode = null;
        String errorMessage = null;
        boolean consulSuccess = false;
        boolean hasConsulSuccess = false;
        boolean postgresSuccess = false;
        boolean hasPostgresSuccess = false;
        boolean retryEligible = false;
        boolean hasRetryEligible = false;
        Long suggestedRetryDelaySeconds = null;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "node_id":
                    nodeId = Json.readString(parser, pointer, "node_id");
                    break;
                case "error_code":
                    errorCode = Json.readString(parser, pointer, "error_code");
                    break;
                case "error_message":
                    errorMessage = Json.readString(parser, pointer, "error_message");
                    break;
                case "consul_success":
                    consulSuccess = Json.readBoolean(parser, pointer, "consul_success");
                    hasConsulSuccess = true;
                    break;
                case "postgres_success":
                    postgresSuccess = Json.readBoolean(parser, pointer, "postgres_success");
                    hasPostgresSuccess = true;
                    break;
                case "retry_eligible":
                    retryEligible = Json.readBoolean(parser, pointer, "retry_eligible");
                    hasRetryEligible = true;
                    break;
                case "suggested_retry_delay_seconds":
                    suggestedRetryDelaySeconds = Json.readLong(parser, pointer, "suggested_retry_delay_seconds");
                    break;
                default:
                    parser.skipChildren();
            }
        }
        if (!hasConsulSuccess) {
            throw Json.missing(pointer, "consul_success");
        }
        if (!hasPostgresSuccess) {
            throw Json.missing(pointer, "postgres_success");
        }
        if (!hasRetryEligible) {
            throw Json.missing(pointer, "retry_eligible");
        }
        try {
            return new NodeRegistrationFailedPayload(nodeId, errorCode, errorMessage, consulSuccess, postgresSuccess, retryEligible, suggestedRetryDelaySeconds);
        } catch (OnexValidationException e) {
            throw Json.invalid(pointer, e);
        }
    }
}
