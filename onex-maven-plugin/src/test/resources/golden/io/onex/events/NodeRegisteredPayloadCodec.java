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
 * Streaming JSON codec of {@link NodeRegisteredPayload}.
 */
@Generated("io.onex.plugin.generate.CodecGenerator")
public final class NodeRegisteredPayloadCodec implements PayloadCodec<NodeRegisteredPayload> {
    /**
     * The codec; stateless and thread-safe.
     */
    public static final NodeRegisteredPayloadCodec INSTANCE = new NodeRegisteredPayloadCodec();

    private static final SerializedString FIELD_NODE_ID = new SerializedString("node_id");

    private static final SerializedString FIELD_REGISTRATION_ID = new SerializedString("registration_id");

    private static final SerializedString FIELD_CONSUL_SERVICE_ID = new SerializedString("consul_service_id");

    private static final SerializedString FIELD_POSTGRES_ROW_ID = new SerializedString("postgres_row_id");

    private static final SerializedString FIELD_REGISTERED_AT = new SerializedString("registered_at");

    private static final SerializedString FIELD_TTL_SECONDS = new SerializedString("ttl_seconds");

    private NodeRegisteredPayloadCodec() {
    }

    @Override
    public void write(JsonGenerator generator, NodeRegisteredPayload value, Redactor redactor)
            throws IOException {
        generator.writeStartObject();
        generator.writeFieldName(FIELD_NODE_ID);
        generator.writeString(value.nodeId());
        generator.writeFieldName(FIELD_REGISTRATION_ID);
        generator.writeString(value.registrationId());
        generator.writeFieldName(FIELD_CONSUL_SERVICE_ID);
        generator.writeString(value.consulServiceId());
        generator.writeFieldName(FIELD_POSTGRES_ROW_ID);
        generator.writeString(value.postgresRowId());
        generator.writeFieldName(FIELD_REGISTERED_AT);
        Json.writeInstant(generator, value.registeredAt());
        generator.writeFieldName(FIELD_TTL_SECONDS);
        generator.writeNumber(value.ttlSeconds());
        generator.writeEndObject();
    }

    @Override
    public NodeRegisteredPayload read(JsonParser parser, String pointer) throws IOException {
        Json.expectObject(parser, pointer);
        String nodeId = null;
        String registrationId = null;
        String consulServiceId = null;
        String postgresRowId = null;
        Instant registeredAt = null;
        long ttlSeconds = 0L;
        boolean hasTtlSeconds = false;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "node_id":
                    nodeId = Json.readString(parser, pointer, "node_id");
                    break;
                case "registration_id":
                    registrationId = Json.readString(parser, pointer, "registration_id");
                    break;
                case "consul_service_id":
                    consulServiceId = Json.readString(parser, pointer, "consul_service_id");
                    break;
                case "postgres_row_id":
                    postgresRowId = Json.readString(parser, pointer, "postgres_row_id");
                    break;
                case "registered_at":
                    registeredAt = Json.readInstant(parser, pointer, "registered_at");
                    break;
                case "ttl_seconds":
                    ttlSeconds = Json.readLong(parser, pointer, "ttl_seconds");
                    hasTtlSeconds = true;
                    break;
                default:
                    parser.skipChildren();
            }
        }
        if (!hasTtlSeconds) {
            throw Json.missing(pointer, "ttl_seconds");
        }
        try {
            return new NodeRegisteredPayload(nodeId, registrationId, consulServiceId, postgresRowId, registeredAt, ttlSeconds);
        } catch (OnexValidationException e) {
            throw Json.invalid(pointer, e);
        }
    }
}
