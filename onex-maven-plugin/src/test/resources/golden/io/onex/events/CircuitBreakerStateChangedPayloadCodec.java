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
 * Streaming JSON codec of {@link CircuitBreakerStateChangedPayload}.
 */
@Generated("io.onex.plugin.generate.CodecGenerator")
public final class CircuitBreakerStateChangedPayloadCodec implements PayloadCodec<CircuitBreakerStateChangedPayload> {
    /**
     * The codec; stateless and thread-safe.
     */
    public static final CircuitBreakerStateChangedPayloadCodec INSTANCE = new CircuitBreakerStateChangedPayloadCodec();

    private static final SerializedString FIELD_SERVICE_NAME = new SerializedString("service_name");

    private static final SerializedString FIELD_PREVIOUS_STATE = new SerializedString("previous_state");

    private static final SerializedString FIELD_NEW_STATE = new SerializedString("new_state");

    private static final SerializedString FIELD_FAILURE_COUNT = new SerializedString("failure_count");

    private static final SerializedString FIELD_RESET_TIMEOUT_SECONDS = new SerializedString("reset_timeout_seconds");

    private CircuitBreakerStateChangedPayloadCodec() {
    }

    @Override
    public void write(JsonGenerator generator, CircuitBreakerStateChangedPayload value,
            Redactor redactor) throws IOException {
        generator.writeStartObject();
        generator.writeFieldName(FIELD_SERVICE_NAME);
        generator.writeString(value.serviceName());
        generator.writeFieldName(FIELD_PREVIOUS_STATE);
        generator.writeString(value.previousState().json());
        generator.writeFieldName(FIELD_NEW_STATE);
        generator.writeString(value.newState().json());
        generator.writeFieldName(FIELD_FAILURE_COUNT);
        generator.writeNumber(value.failureCount());
        generator.writeFieldName(FIELD_RESET_TIMEOUT_SECONDS);
        generator.writeNumber(value.resetTimeoutSeconds());
        generator.writeEndObject();
    }

    @Override
    public CircuitBreakerStateChangedPayload read(JsonParser parser, String pointer) throws
            IOException {
        Json.expectObject(parser, pointer);
        String serviceName = null;
        CircuitBreakerState previousState = null;
        CircuitBreakerState newState = null;
        long failureCount = 0L;
        boolean hasFailureCount = false;
        long resetTimeoutSeconds = 0L;
        boolean hasResetTimeoutSeconds = false;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "service_name":
                    serviceName = Json.readString(parser, pointer, "service_name");
                    break;
                case "previous_state":
                    previousState = Json.readEnum(parser, pointer, "previous_state", CircuitBreakerState::lookup, CircuitBreakerState.ALLOWED_VALUES);
                    break;
                case "new_state":
                    newState = Json.readEnum(parser, pointer, "new_state", CircuitBreakerState::lookup, CircuitBreakerState.ALLOWED_VALUES);
                    break;
                case "failure_count":
                    failureCount = Json.readLong(parser, pointer, "failure_count");
                    hasFailureCount = true;
                    break;
                case "reset_timeout_seconds":
                    resetTimeoutSeconds = Json.readLong(parser, pointer, "reset_timeout_seconds");
                    hasResetTimeoutSeconds = true;
                    break;
                default:
                    parser.skipChildren();
            }
        }
        if (!hasFailureCount) {
            throw Json.missing(pointer, "failure_count");
        }
        if (!hasResetTimeoutSeconds) {
            throw Json.missing(pointer, "reset_timeout_seconds");
        }
        try {
            return new CircuitBreakerStateChangedPayload(serviceName, previousState, newState, failureCount, resetTimeoutSeconds);
        } catch (OnexValidationException e) {
            throw Json.invalid(pointer, e);
        }
    }
}
