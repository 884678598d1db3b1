package io.onex.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexDeserializationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invalid corpus of onex-schemas, read by the generated deserializers. Each document must be
 * rejected with the JSON pointer and keyword the real validator reports, except unknown
 * properties: readers are tolerant by design (the evolution policy), so those are read with the
 * unknown property skipped, while the real validator still rejects them.
 */
class InvalidCorpusTest {

    private static final String UNKNOWN_PROPERTY = "additionalProperties";

    static Stream<Arguments> rejectedByTheReader() throws IOException {
        return corpus(keyword -> !keyword.equals(UNKNOWN_PROPERTY));
    }

    static Stream<Arguments> unknownProperties() throws IOException {
        return corpus(keyword -> keyword.equals(UNKNOWN_PROPERTY));
    }

    private static Stream<Arguments> corpus(Predicate<String> keywords) throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                InvalidCorpusTest.class.getClassLoader().getResourceAsStream("invalid/index.csv"), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split(",", -1);
                if (keywords.test(c[2])) {
                    rows.add(Arguments.of(c[0], c[1], c[2], c[3], c[4]));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {2} at {3}")
    @MethodSource("rejectedByTheReader")
    @DisplayName("Invalid documents are rejected by the deserializer with the validator's pointer and keyword")
    void rejected(String file, String schema, String keyword, String path, String property) {
        JsonNode document = SchemaSupport.resource("invalid/" + file);
        boolean envelope = schema.equals("envelope");
        EnumONEXTopic topic = envelope ? EnumONEXTopic.NODE_HEARTBEAT_PUBLISHED_V1 : EnumONEXTopic.fromTopicName(schema);
        byte[] bytes = envelope ? bytes(document) : SchemaSupport.wrap(topic, document);
        String expectedPointer = (envelope ? "" : "/payload") + pointer(path) + (property.isEmpty() ? "" : "/" + property);

        OnexDeserializationException e = catchThrowableOfType(OnexDeserializationException.class,
                () -> topic.topic().codec().decode(bytes));
        assertThat(e).as("%s must be rejected", file).isNotNull();
        assertThat(e.topic()).isEqualTo(topic.topicName());
        assertThat(e.pointer()).isEqualTo(expectedPointer);
        assertThat(e.reason()).contains(expectedReason(keyword));
    }

    @ParameterizedTest(name = "{0}: {4} at {3}")
    @MethodSource("unknownProperties")
    @DisplayName("Documents with an unknown property are rejected by the validator (additionalProperties) and read by the "
            + "tolerant deserializer with only that property skipped")
    void unknownPropertySkipped(String file, String schema, String keyword, String path, String property) {
        JsonNode document = SchemaSupport.resource("invalid/" + file);
        boolean envelope = schema.equals("envelope");
        EnumONEXTopic topic = envelope ? EnumONEXTopic.NODE_HEARTBEAT_PUBLISHED_V1 : EnumONEXTopic.fromTopicName(schema);
        byte[] bytes = envelope ? bytes(document) : SchemaSupport.wrap(topic, document);

        List<ValidationMessage> violations = List.copyOf(SchemaSupport.validateEnvelope(topic, bytes));
        assertThat(violations).as("what the validator reports for %s", file).singleElement().satisfies(v -> {
            assertThat(v.getType()).isEqualTo(keyword);
            assertThat(v.getInstanceLocation().toString()).isEqualTo(path);
            assertThat(v.getProperty()).isEqualTo(property);
        });

        EventEnvelope<?> decoded = topic.topic().codec().decode(bytes);
        JsonNode expected = SchemaSupport.readTree(bytes);
        JsonNode parent = expected.at((envelope ? "" : "/payload") + pointer(path));
        assertThat(parent.has(property)).as("%s has the unknown property %s", file, property).isTrue();
        ((ObjectNode) parent).remove(property);
        assertThat(SchemaSupport.normalized(SchemaSupport.readTree(SchemaSupport.encode(topic, decoded))))
                .as("%s read and written again", file)
                .isEqualTo(SchemaSupport.normalized(expected));
    }

    /** How a keyword shows in our reasons: type errors name the expected type, the rest the keyword. */
    private static String expectedReason(String keyword) {
        if (keyword.equals("type")) {
            return "expected ";
        }
        return keyword.equals("format") ? "(format " : "(" + keyword + ")";
    }

    /** {@code $.a.b[1]} -> {@code /a/b/1}; {@code $} -> empty. */
    static String pointer(String jsonPath) {
        String p = jsonPath.substring(1);
        return p.replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/');
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return SchemaSupport.JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
