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
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link NodeDeregisteredPayload}.
 */
@Generated("io.onex.plugin.generate.CodecGenerator")
public final class NodeDeregisteredPayloadCodec implements PayloadCodec<NodeDeregisteredPayload> {
    /**
     * The codec; stateless and thread-safe.
     */
    public static final NodeDeregisteredPayloadCodec INSTANCE = new NodeDeregisteredPayloadCodec();

    private static final SerializedString FIELD_NODE_ID = new SerializedString("node_id");

    private static final SerializedString FIELD_REASON = new SerializedString("reason");

    private static final SerializedString FIELD_CONSUL_DEREGISTERED = new SerializedString("consul_deregistered");

    private static final SerializedString FIELD_POSTGRES_DEREGISTERED = new SerializedString("postgres_deregistered");

    private static final SerializedString FIELD_DEREGISTERED_AT = new SerializedString("deregistered_at");

    private NodeDeregisteredPayloadCodec() {
    }

    @Override
    public void write(JsonGenerator generator, NodeDeregisteredPayload value, Redactor redactor)
            throws IOException {
        generator.writeStartObject();
        generator.writeFieldName(FIELD_NODE_ID);
        generator.writeString(value.nodeId());
        generator.writeFieldName(FIELD_REASON);
        generator.writeString(value.reason());
        generator.writeFieldName(FIELD_CONSUL_DEREGISTERED);
        generator.writeBoolean(value.consulDeregistered());
        generator.writeFieldName(FIELD_POSTGRES_DEREGISTERED);
        generator.writeBoolean(value.postgresDeregistered());
        generator.writeFieldName(FIELD_DEREGISTERED_AT);
        Json.writeInstant(generator, value.deregisteredAt());
        generator.writeEndObject();
    }

    @Override
    public NodeDeregisteredPayload read(JsonParser parser, String pointer) throws IOException {
        Json.expectObject(parser, pointer);
        String nodeId = null;
        String reason = null;
        boolean consulDeregistered = false;
        boolean hasConsulDeregistered = false;
        boolean postgresDeregistered = false;
        boolean hasPostgresDeregistered = false;
        Instant deregisteredAt = null;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "node_id":
                    nodeId = Json.readString(parser, pointer, "node_id");
                    break;
                case "reason":
                    reason = Json.readString(parser, pointer, "reason");
                    break;
                case "consul_deregistered":
                    consulDeregistered = Json.readBoolean(parser, pointer, "consul_deregistered");
                    hasConsulDeregistered = true;
                    break;
                case "postgres_deregistered":
                    postgresDeregistered = Json.readBoolean(parser, pointer, "postgres_deregistered");
                    hasPostgresDeregistered = true;
                    break;
                case "deregistered_at":
                    deregisteredAt = Json.readInstant(parser, pointer, "deregistered_at");
                    break;
                default:
                    parser.skipChildren();
            }
        }
        if (!hasConsulDeregistered) {
            throw Json.missing(pointer, "consul_deregistered");
        }
        if (!hasPostgresDeregistered) {
            throw Json.missing(pointer, "postgres_deregistered");
        }
        try {
            return new NodeDeregisteredPayload(nodeId, reason, consulDeregistered, postgresDeregistered, deregisteredAt);
        } catch (OnexValidationException e) {
            throw Json.invalid(pointer, e);
        }
    }
}
