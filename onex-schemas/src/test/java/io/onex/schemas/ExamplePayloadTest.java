package io.onex.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spec's example payloads (copied verbatim into {@code examples/<topic>.json}) and our own examples
 * for the workflow topics and other variants ({@code examples/<topic>--<variant>.json}) are wrapped in an
 * envelope and validated in two steps: the envelope against the envelope schema, then its payload against
 * the payload schema the catalog names for the topic. That is how events are checked at run time too: one
 * envelope schema, one payload schema per topic.
 */
@DisplayName("Example events")
class ExamplePayloadTest {

    static List<String> examples() {
        return OnexResources.listFiles("examples");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @DisplayName("each example payload, wrapped in an envelope, validates against the envelope and its topic's payload schema")
    void exampleValidates(String example) {
        String topic = topicOf(example);
        JsonNode event = envelope(topic, OnexResources.readJson("examples/" + example));

        Set<ValidationMessage> envelopeErrors = OnexResources.envelopeSchema().validate(event);
        Set<ValidationMessage> payloadErrors = OnexResources.payloadSchema(topic).validate(event.get("payload"));

        assertThat(envelopeErrors).as("envelope errors").isEmpty();
        assertThat(payloadErrors).as("payload errors of %s", example).isEmpty();
    }

    @Test
    @DisplayName("cover every catalog topic")
    void everyTopicHasAnExample() {
        Set<String> covered = examples().stream().map(ExamplePayloadTest::topicOf).collect(Collectors.toSet());

        assertThat(covered).containsExactlyInAnyOrderElementsOf(
                OnexResources.topics().stream().map(t -> (String) t.get("name")).collect(Collectors.toList()));
    }

    /** {@code onex.node.heartbeat.published.v1.json} or {@code onex.node.heartbeat.published.v1--variant.json}. */
    private static String topicOf(String example) {
        int variant = example.indexOf("--");
        return variant >= 0 ? example.substring(0, variant) : example.substring(0, example.length() - ".json".length());
    }

    /** A fixed envelope of section 4 around the payload; event_type is the topic name without its version. */
    private static JsonNode envelope(String topic, JsonNode payload) {
        ObjectNode envelope = OnexResources.JSON.createObjectNode();
        envelope.put("event_id", "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        envelope.put("event_type", topic.substring(0, topic.lastIndexOf(".v")));
        envelope.put("source", "node/postgres-adapter");
        envelope.put("correlation_id", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        envelope.put("timestamp", "2025-01-15T10:30:05.123456Z");
        envelope.set("payload", payload);
        return envelope;
    }
}
