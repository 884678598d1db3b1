package io.onex.sdk.kafka;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.codec.Json;
import io.onex.sdk.redact.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Redacts the {@code payload} of a serialized envelope with a {@link Redactor}: every string
 * value through {@link Redactor#redactText}, the whole value of secret keys (and of host keys
 * outside internal environments). It streams token by token, so numbers and field order are
 * kept exactly; envelope fields outside the payload are untouched.
 *
 * <p>The bus decodes the result with the topic's codec before sending: a redaction that would
 * break the payload schema fails the publish instead of sending an event consumers cannot read.
 */
public final class RedactingTransformer implements RecordTransformer {

    private final Redactor redactor;

    public RedactingTransformer(Redactor redactor) {
        this.redactor = Objects.requireNonNull(redactor);
    }

    public Redactor redactor() {
        return redactor;
    }

    @Override
    public byte[] transform(OnexTopic<?> topic, byte[] envelope) {
        byte[] redacted;
        try (JsonParser parser = Json.FACTORY.createParser(envelope);
                ByteArrayBuilder out = new ByteArrayBuilder(envelope.length);
                JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("envelope of " + topic.topicName() + " is not a JSON object");
            }
            generator.writeStartObject();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                generator.writeFieldName(name);
                parser.nextToken();
                if (name.equals("payload")) {
                    copyRedacted(parser, generator, null);
                } else {
                    generator.copyCurrentStructure(parser);
                }
            }
            generator.writeEndObject();
            generator.flush();
            redacted = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot redact an envelope of " + topic.topicName(), e);
        }
        return redacted;
    }

    private void copyRedacted(JsonParser parser, JsonGenerator generator, String fieldName) throws IOException {
        JsonToken token = parser.currentToken();
        if (fieldName != null && token != JsonToken.VALUE_NULL
                && (redactor.isSecretKey(fieldName) || (!redactor.internalEnvironment() && redactor.isHostKey(fieldName)))) {
            parser.skipChildren();
            generator.writeString(Redactor.REDACTED);
            return;
        }
        switch (token) {
            case START_OBJECT -> {
                generator.writeStartObject();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    generator.writeFieldName(name);
                    parser.nextToken();
                    copyRedacted(parser, generator, name);
                }
                generator.writeEndObject();
            }
            case START_ARRAY -> {
                generator.writeStartArray();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    copyRedacted(parser, generator, null);
                }
                generator.writeEndArray();
            }
            case VALUE_STRING -> generator.writeString(redactor.redactText(parser.getText()));
            default -> generator.copyCurrentEvent(parser);
        }
    }
}
