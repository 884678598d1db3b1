package io.onex.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onex.sdk.EventEnvelope;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExampleRoundTripTest {

    static Stream<String> examples() throws IOException, URISyntaxException {
        java.net.URI uri = ExampleRoundTripTest.class.getClassLoader().getResource("examples").toURI();
        if (!"jar".equals(uri.getScheme())) {
            return list(Path.of(uri));
        }
        try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of())) {
            return list(jar.getPath("examples"));
        }
    }

    private static Stream<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    static EnumONEXTopic topicOf(String exampleFile) {
        String name = exampleFile.replaceFirst("(--.*)?\\.json$", "");
        return EnumONEXTopic.fromTopicName(name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @DisplayName("Every spec example, in an envelope, deserializes, serializes to schema-valid JSON and comes back equal")
    void roundTrip(String example) {
        EnumONEXTopic topic = topicOf(example);
        JsonNode payload = SchemaSupport.resource("examples/" + example);
        byte[] original = SchemaSupport.wrap(topic, payload);

        EventEnvelope<?> decoded = topic.topic().codec().decode(original);
        byte[] encoded = encode(topic, decoded);
        EventEnvelope<?> again = topic.topic().codec().decode(encoded);

        assertThat(again).isEqualTo(decoded);
        assertThat(SchemaSupport.validateEnvelope(topic, encoded)).isEmpty();
        assertThat(normalized(readTree(encoded).get("payload"))).isEqualTo(normalized(payload));
        assertThat(topic.payloadType()).isInstanceOf(Class.class);
        assertThat(decoded.payload()).isInstanceOf(topic.payloadType());
    }

    @SuppressWarnings("unchecked")
    private static <P> byte[] encode(EnumONEXTopic topic, EventEnvelope<?> event) {
        return ((io.onex.sdk.OnexTopic<P>) topic.topic()).codec().encode((EventEnvelope<P>) event);
    }

    /**
     * Two lossless differences are normalised away: timestamps are written in UTC (the same
     * instant), and an optional nullable field reads the same whether it was null or absent.
     */
    private static JsonNode normalized(JsonNode node) {
        if (node.isTextual()) {
            java.time.Instant instant = io.onex.sdk.codec.Rfc3339.parse(node.textValue());
            if (instant != null) {
                char[] buf = new char[40];
                return com.fasterxml.jackson.databind.node.TextNode.valueOf(
                        new String(buf, 0, io.onex.sdk.codec.Rfc3339.format(instant, buf)));
            }
            return node;
        }
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = SchemaSupport.JSON.createObjectNode();
            node.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    copy.set(e.getKey(), normalized(e.getValue()));
                }
            });
            return copy;
        }
        return node;
    }

    private static JsonNode readTree(byte[] bytes) {
        try {
            return SchemaSupport.JSON.readTree(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
