package io.onex.sdk.testing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.onex.sdk.codec.Json;
import io.onex.sdk.codec.JsonReadException;
import io.onex.sdk.codec.PayloadCodec;
import io.onex.sdk.redact.Redactor;
import java.io.IOException;
import java.util.Objects;

/** A tiny node-lifecycle-like payload keyed by {@code node_id}. */
public record Ping(String nodeId, long sequence) {

    public Ping {
        Objects.requireNonNull(nodeId, "node_id");
    }

    /** Streaming codec in the style of the generated ones. */
    public static final PayloadCodec<Ping> CODEC = new PayloadCodec<>() {
        @Override
        public void write(JsonGenerator generator, Ping value, Redactor redactor) throws IOException {
            generator.writeStartObject();
            generator.writeStringField("node_id", value.nodeId());
            generator.writeNumberField("sequence", value.sequence());
            generator.writeEndObject();
        }

        @Override
        public Ping read(JsonParser parser, String pointer) throws IOException {
            Json.expectObject(parser, pointer);
            String nodeId = null;
            Long sequence = null;
            String name;
            while ((name = parser.nextFieldName()) != null) {
                parser.nextToken();
                switch (name) {
                    case "node_id" -> nodeId = Json.readString(parser, pointer + "/node_id");
                    case "sequence" -> sequence = Json.readLong(parser, pointer + "/sequence");
                    default -> parser.skipChildren();
                }
            }
            if (nodeId == null) {
                throw new JsonReadException(pointer + "/node_id", "required field is missing (required)");
            }
            if (sequence == null) {
                throw new JsonReadException(pointer + "/sequence", "required field is missing (required)");
            }
            return new Ping(nodeId, sequence);
        }
    };
}
