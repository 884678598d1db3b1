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
 * Streaming JSON codec of {@link NodeShutdownPayload}.
 */
@Generated("io.onex.plugin.generate.CodecGenerator")
public final class NodeShutdownPayloadCodec implements PayloadCodec<NodeShutdownPayload> {
    /**
     * The codec; stateless and thread-safe.
     */
    public static final NodeShutdownPayloadCodec INSTANCE = new NodeShutdownPayloadCodec();

    private static final SerializedString FIELD_NODE_ID = new SerializedString("node_id");

    private static final SerializedString FIELD_NODE_TYPE = new SerializedString("node_type");

    private static final SerializedString FIELD_REASON = new SerializedString("reason");

    private NodeShutdownPayloadCodec() {
    }

    @Override
    public void write(JsonGenerator generator, NodeShutdownPayload value, Redactor redactor) throws
            IOException {
        generator.writeStartObject();
        generator.writeFieldName(FIELD_NODE_ID);
        generator.writeString(value.nodeId());
        generator.writeFieldName(FIELD_NODE_TYPE);
        generator.writeString(value.nodeType().json());
        generator.writeFieldName(FIELD_REASON);
        generator.writeString(value.reason());
        generator.writeEndObject();
    }

    @Override
    public NodeShutdownPayload read(JsonParser parser, String pointer) throws IOException {
        Json.expectObject(parser, pointer);
        String nodeId = null;
        NodeType nodeType = null;
        String reason = null;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "node_id":
                    nodeId = Json.readString(parser, pointer, "node_id");
                    break;
                case "node_type":
                    nodeType = Json.readEnum(parser, pointer, "node_type", NodeType::lookup, NodeType.ALLOWED_VALUES);
                    break;
                case "reason":
                    reason = Json.readString(parser, pointer, "reason");
                    break;
                default:
                    parser.skipChildren();
            }
        }
        try {
            return new NodeShutdownPayload(nodeId, nodeType, reason);
        } catch (OnexValidationException e) {
            throw Json.invalid(pointer, e);
        }
    }
}
