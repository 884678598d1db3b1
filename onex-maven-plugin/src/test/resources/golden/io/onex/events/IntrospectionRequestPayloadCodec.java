package io.onex.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.onex.sdk.OnexValidationException;
import io.onex.sdk.codec.Json;
import io.onex.sdk.codec.PayloadCodec;
import io.onex.sdk.redact.Redactor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link IntrospectionRequestPayload}.
 */
@Generated("io.onex.plugin.generate.CodecGenerator")
public final class IntrospectionRequestPayloadCodec implements PayloadCodec<IntrospectionRequestPayload> {
    /**
     * The codec; stateless and thread-safe.
     */
    public static final IntrospectionRequestPayloadCodec INSTANCE = new IntrospectionRequestPayloadCodec();

    private static final SerializedString FIELD_REQUEST_ID = new SerializedString("request_id");

    private static final SerializedString FIELD_TARGET_NODE_IDS = new SerializedString("target_node_ids");

    private static final SerializedString FIELD_TARGET_NODE_TYPES = new SerializedString("target_node_types");

    private static final SerializedString FIELD_REASON = new SerializedString("reason");

    private IntrospectionRequestPayloadCodec() {
    }

    @Override
    public void write(JsonGenerator generator, IntrospectionRequestPayload value, Redactor redactor)
            throws IOException {
        generator.writeStartObject();
        String requestId = value.requestId();
        if (requestId != null) {
            generator.writeFieldName(FIELD_REQUEST_ID);
            generator.writeString(requestId);
        }
        List<String> targetNodeIds = value.targetNodeIds();
        if (targetNodeIds != null) {
            generator.writeFieldName(FIELD_TARGET_NODE_IDS);
            generator.writeStartArray();
            for (String item0 : targetNodeIds) {
                generator.writeString(item0);
            }
            generator.writeEndArray();
        } else {
            generator.writeFieldName(FIELD_TARGET_NODE_IDS);
            generator.writeNull();
        }
        List<NodeType> targetNodeTypes = value.targetNodeTypes();
        if (targetNodeTypes != null) {
            generator.writeFieldName(FIELD_TARGET_NODE_TYPES);
            generator.writeStartArray();
            for (NodeType item0 : targetNodeTypes) {
                generator.writeString(item0.json());
            }
            generator.writeEndArray();
        } else {
            generator.writeFieldName(FIELD_TARGET_NODE_TYPES);
            generator.writeNull();
        }
        generator.writeFieldName(FIELD_REASON);
        generator.writeString(value.reason());
        generator.writeEndObject();
    }

    @Override
    public IntrospectionRequestPayload read(JsonParser parser, String pointer) throws IOException {
        Json.expectObject(parser, pointer);
        String requestId = null;
        List<String> targetNodeIds = null;
        List<NodeType> targetNodeTypes = null;
        String reason = null;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "request_id":
                    requestId = Json.readString(parser, pointer, "request_id");
                    break;
                case "target_node_ids":
                    targetNodeIds = Json.isNull(parser) ? null : readTargetNodeIds(parser, pointer + "/" + "target_node_ids");
                    break;
                case "target_node_types":
                    targetNodeTypes = Json.isNull(parser) ? null : readTargetNodeTypes(parser, pointer + "/" + "target_node_types");
                    break;
                case "reason":
                    reason = Json.readString(parser, pointer, "reason");
                    break;
                default:
                    parser.skipChildren();
            }
        }
        try {
            return new IntrospectionRequestPayload(requestId, targetNodeIds, targetNodeTypes, reason);
        } catch (OnexValidationException e) {
            throw Json.invalid(pointer, e);
        }
    }

    private static List<String> readTargetNodeIds(JsonParser parser, String pointer) throws
            IOException {
        Json.expectArray(parser, pointer);
        List<String> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(Json.readString(parser, pointer, Integer.toString(list.size())));
        }
        return Collections.unmodifiableList(list);
    }

    private static List<NodeType> readTargetNodeTypes(JsonParser parser, String pointer) throws
            IOException {
        Json.expectArray(parser, pointer);
        List<NodeType> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(Json.readEnum(parser, pointer, Integer.toString(list.size()), NodeType::lookup, NodeType.ALLOWED_VALUES));
        }
        return Collections.unmodifiableList(list);
    }
}
