package io.onex.sdk.testing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.onex.sdk.codec.Json;
import io.onex.sdk.codec.JsonReadException;
import io.onex.sdk.codec.PayloadCodec;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * A payload shaped like {@code onex.infra.error.detected.v1}: typed fields plus a free-form
 * {@code context} object.
 */
public record ErrorReport(String errorCode, String message, long retryCount, Map<String, Object> context) {

    public ErrorReport {
        Objects.requireNonNull(errorCode, "error_code");
        Objects.requireNonNull(message, "message");
        context = context == null ? Map.of() : (Map<String, Object>) Json.copyAny("context", context);
    }

    public static final PayloadCodec<ErrorReport> CODEC = new PayloadCodec<>() {
        @Override
        public void write(JsonGenerator generator, ErrorReport value) throws IOException {
            generator.writeStartObject();
            generator.writeStringField("error_code", value.errorCode());
            generator.writeStringField("message", value.message());
            generator.writeNumberField("retry_count", value.retryCount());
            generator.writeFieldName("context");
            Json.writeAny(generator, value.context());
            generator.writeEndObject();
        }

        @SuppressWarnings("unchecked")
        @Override
        public ErrorReport read(JsonParser parser, String pointer) throws IOException {
            Json.expectObject(parser, pointer);
            String errorCode = null;
            String message = null;
            Long retryCount = null;
            Map<String, Object> context = null;
            String name;
            while ((name = parser.nextFieldName()) != null) {
                parser.nextToken();
                switch (name) {
                    case "error_code" -> errorCode = Json.readString(parser, pointer + "/error_code");
                    case "message" -> message = Json.readString(parser, pointer + "/message");
                    case "retry_count" -> retryCount = Json.readLong(parser, pointer + "/retry_count");
                    case "context" -> {
                        Json.expectObject(parser, pointer + "/context");
                        context = (Map<String, Object>) Json.readAny(parser, pointer + "/context");
                    }
                    default -> parser.skipChildren();
                }
            }
            if (errorCode == null || message == null || retryCount == null) {
                throw new JsonReadException(pointer, "required field is missing (required)");
            }
            return new ErrorReport(errorCode, message, retryCount, context);
        }
    };
}
