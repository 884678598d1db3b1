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
        byte[] encoded = SchemaSupport.encode(topic, decoded);
        EventEnvelope<?> again = topic.topic().codec().decode(encoded);

        assertThat(again).isEqualTo(decoded);
        assertThat(SchemaSupport.validateEnvelope(topic, encoded)).isEmpty();
        assertThat(SchemaSupport.normalized(SchemaSupport.readTree(encoded).get("payload")))
                .isEqualTo(SchemaSupport.normalized(payload));
        assertThat(decoded.payload()).isExactlyInstanceOf(topic.payloadType());
        assertThat(topic.payloadType()).isRecord();
    }
}
