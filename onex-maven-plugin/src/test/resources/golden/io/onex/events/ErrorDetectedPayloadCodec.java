package io.onex.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import io.onex.sdk.OnexValidationException;
import io.onex.sdk.codec.Json;
import io.onex.sdk.codec.PayloadCodec;
import io.onex.sdk.redact.Redactor;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link ErrorDetectedPayload}.
 *
 * <p>Writes {@code message}, {@code context} through the redactor (schema keyword {@code x-onex-redact}, spec section 6.6).
 */
@Generated("io.onex.plugin.generate.CodecGenerator")
public final class ErrorDetectedPayloadCodec implements PayloadCodec<ErrorDetectedPayload> {
    /**
     * The codec; stateless and thread-safe.
     */
    public static final ErrorDetectedPayloadCodec INSTANCE = new ErrorDetectedPayloadCodec();

    private static final SerializedString FIELD_ERROR_CODE = new SerializedString("error_code");

    private static final SerializedString FIELD_SEVERITY = new SerializedString("severity");

    private static final SerializedString FIELD_MESSAGE = new SerializedString("message");

    private static final SerializedString FIELD_NODE_TYPE = new SerializedString("node_type");

    private static final SerializedString FIELD_NODE_NAME = new SerializedString("node_name");

    private static final SerializedString FIELD_TRANSPORT_TYPE = new SerializedString("transport_type");

    private static final SerializedString FIELD_OPERATION = new SerializedString("operation");

    private static final SerializedString FIELD_CONTEXT = new SerializedString("context");

    private ErrorDetectedPayloadCodec() {
    }

    @Override
    public void write(JsonGenerator generator, ErrorDetectedPayload value, Redactor redactor) throws
            IOException {
        generator.writeStartObject();
        generator.writeFieldName(FIELD_ERROR_CODE);
        generator.writeString(value.errorCode());
        generator.writeFieldName(FIELD_SEVERITY);
        generator.writeString(value.severity().json());
        generator.writeFieldName(FIELD_MESSAGE);
        generator.writeString(redactor.redactText(value.message()));
        NodeType nodeType = value.nodeType();
        if (nodeType != null) {
            generator.writeFieldName(FIELD_NODE_TYPE);
            generator.writeString(nodeType.json());
        }
        String nodeName = value.nodeName();
        if (nodeName != null) {
            generator.writeFieldName(FIELD_NODE_NAME);
            generator.writeString(nodeName);
        }
        String transportType = value.transportType();
        if (transportType != null) {
            generator.writeFieldName(FIELD_TRANSPORT_TYPE);
            generator.writeString(transportType);
        }
        String operation = value.operation();
        if (operation != null) {
            generator.writeFieldName(FIELD_OPERATION);
            generator.writeString(operation);
        }
        Map<String, Object> context = value.context();
        if (context != null) {
            generator.writeFieldName(FIELD_CONTEXT);
            generator.writeStartObject();
            for (Map.Entry<String, Object> entry0 : context.entrySet()) {
                generator.writeFieldName(entry0.getKey());
                Json.writeAny(generator, redactor.redactEntry(entry0.getKey(), entry0.getValue()));
            }
            generator.writeEndObject();
        }
        generator.writeEndObject();
    }

    @Override
    public ErrorDetectedPayload read(JsonParser parser, String pointer) throws IOException {
        Json.expectObject(parser, pointer);
        String errorCode = null;
        ErrorSeverity severity = null;
        String message = null;
        NodeType nodeType = null;
        String nodeName = null;
        String transportType = null;
        String operation = null;
        Map<String, Object> context = null;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "error_code":
                    errorCode = Json.readString(parser, pointer, "error_code");
                    break;
                case "severity":
                    severity = Json.readEnum(parser, pointer, "severity", ErrorSeverity::lookup, ErrorSeverity.ALLOWED_VALUES);
                    break;
                case "message":
                    message = Json.readString(parser, pointer, "message");
                    break;
                case "node_type":
                    nodeType = Json.readEnum(parser, pointer, "node_type", NodeType::lookup, NodeType.ALLOWED_VALUES);
                    break;
                case "node_name":
                    nodeName = Json.readString(parser, pointer, "node_name");
                    break;
                case "transport_type":
                    transportType = Json.readString(parser, pointer, "transport_type");
                    break;
                case "operation":
                    operation = Json.readString(parser, pointer, "operation");
                    break;
                case "context":
                    context = readContext(parser, pointer + "/" + "context");
                    break;
                default:
                    parser.skipChildren();
            }
        }
        try {
            return new ErrorDetectedPayload(errorCode, severity, message, nodeType, nodeName, transportType, operation, context);
        } catch (OnexValidationException e) {
            throw Json.invalid(pointer, e);
        }
    }

    private static Map<String, Object> readContext(JsonParser parser, String pointer) throws
            IOException {
        Json.expectObject(parser, pointer);
        Map<String, Object> map = new LinkedHashMap<>();
        String key;
        while ((key = parser.nextFieldName()) != null) {
            parser.nextToken();
            map.put(key, Json.readAny(parser, pointer, Json.escape(key)));
        }
        return Collections.unmodifiableMap(map);
    }
}
