package io.onex.plugin.migration;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads the envelope's top-level {@code event_id} (spec section 4) from a record value, with Jackson's streaming
 * parser: nothing else of the envelope is decoded, and a payload is skipped without being built. Dual publishing
 * writes one envelope, so one {@code event_id}, to both names; that id is how the two sides are compared.
 *
 * <p>Values in the SDK's registry wire format with the id behind Apicurio's magic byte ({@code 0x00} and an 8-byte
 * global id, or a 4-byte id in Confluent's layout) are read after that prefix.
 */
final class EventIds {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();

    private EventIds() {
    }

    /**
     * The value's {@code event_id}.
     *
     * @return empty when the value is null, not a JSON object, or has no string {@code event_id} at its top level
     */
    static Optional<String> of(byte[] value) {
        if (value == null || value.length == 0) {
            return Optional.empty();
        }
        int start = 0;
        if (value[0] == 0) {
            start = value.length > 9 && value[9] == '{' ? 9 : value.length > 5 && value[5] == '{' ? 5 : -1;
            if (start < 0) {
                return Optional.empty();
            }
        }
        try (JsonParser parser = FACTORY.createParser(value, start, value.length - start)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                if ("event_id".equals(field)) {
                    return token == JsonToken.VALUE_STRING ? Optional.of(parser.getText()) : Optional.empty();
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            // Not JSON (another wire format, a corrupt value): counted as unreadable, never guessed at.
            return Optional.empty();
        }
    }
}
