package io.onex.events;

import static io.onex.sdk.testing.SecretPayloads.HOST;
import static io.onex.sdk.testing.SecretPayloads.IP;
import static io.onex.sdk.testing.SecretPayloads.NODE_NAME;
import static io.onex.sdk.testing.SecretPayloads.OPERATION;
import static io.onex.sdk.testing.SecretPayloads.SECRET;
import static io.onex.sdk.testing.SecretPayloads.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.onex.sdk.BusRecord;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.InMemoryEventBus;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.redact.Redactor;
import io.onex.sdk.testing.SecretPayloads;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fields the schemas mark {@code x-onex-redact} (spec section 6.6) are redacted by the generated codecs, so on
 * every path that serializes a payload: here the codec itself and the in-memory bus; the Kafka bus and the generated
 * Kafka serializers have their own tests ({@code KafkaEventBusRedactionTest}, {@code RawSerdesRedactionTest},
 * {@code RawSerdesBrokerTest}).
 */
class RedactedFieldsTest {

    static Stream<EventEnvelope<?>> events() {
        return SecretPayloads.all().stream();
    }

    @SuppressWarnings("unchecked")
    private static <P> byte[] encode(EventEnvelope<P> event, Redactor... redactor) {
        OnexTopic<P> topic = SecretPayloads.topicOf(event);
        return redactor.length == 0 ? topic.codec().encode(event) : topic.codec().encode(event, redactor[0]);
    }

    private static EnumONEXTopic constant(EventEnvelope<?> event) {
        return EnumONEXTopic.fromTopicName(SecretPayloads.topicOf(event).topicName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    @DisplayName("the codec writes no secret, host name or IP by default, and the result is valid against the schema")
    void strictByDefault(EventEnvelope<?> event) {
        byte[] json = encode(event);
        assertThat(text(json)).doesNotContain(SECRET).doesNotContain(HOST).doesNotContain(IP).contains("[REDACTED]");
        assertThat(SchemaSupport.validateEnvelope(constant(event), json)).isEmpty();
        assertThat(SecretPayloads.topicOf(event).codec().decode(json).eventId()).isEqualTo(event.eventId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    @DisplayName("the internal environment's redactor keeps host names and IPs and still removes every secret")
    void internalKeepsHosts(EventEnvelope<?> event) {
        String json = text(encode(event, Redactor.forEnvironment(true)));
        assertThat(json).doesNotContain(SECRET).contains("[REDACTED]");
        assertThat(json.contains(HOST) || json.contains(IP)).as("a host or an IP is kept").isTrue();
        assertThat(text(encode(event, Redactor.forEnvironment(false)))).isEqualTo(text(encode(event)));
    }

    @Test
    @DisplayName("the error context is redacted entry by entry: secret and host keys whole, secrets inside strings and"
            + " lists; numbers and unmarked fields (node_name, operation, error_code) stay as given")
    void errorContextEntries() {
        EventEnvelope<ErrorDetectedPayload> event = SecretPayloads.errorDetected();
        byte[] json = OnexTopics.INFRA_ERROR_DETECTED_V1.codec().encode(event);
        ErrorDetectedPayload written = OnexTopics.INFRA_ERROR_DETECTED_V1.codec().decode(json).payload();
        assertThat(written.context()).containsEntry("host", "[REDACTED]").containsEntry("password", "[REDACTED]")
                .containsEntry("port", 5432L).containsEntry("retry_count", 3L)
                .containsEntry("detail", "password=[REDACTED] from [REDACTED]")
                .containsEntry("attempts", List.of("Bearer [REDACTED]"));
        assertThat(written.message()).isEqualTo("connect to postgres://[REDACTED]@[REDACTED]:5432/registry failed;"
                + " password=[REDACTED]");
        assertThat(written.nodeName()).isEqualTo(NODE_NAME);
        assertThat(written.operation()).isEqualTo(OPERATION);
        assertThat(written.errorCode()).isEqualTo("DATABASE_CONNECTION_ERROR");
        assertThat(event.payload().context()).as("the record itself is not touched").containsEntry("password", SECRET);
    }

    @Test
    @DisplayName("the in-memory bus, which serializes as the Kafka bus does, keeps no secret of any of the three topics")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void inMemoryBus() {
        try (InMemoryEventBus bus = new InMemoryEventBus()) {
            for (EventEnvelope<?> event : SecretPayloads.all()) {
                assertThat(bus.publish((OnexTopic) SecretPayloads.topicOf(event), (EventEnvelope) event)).isCompleted();
            }
            List<BusRecord> records = Stream.of(OnexTopics.INFRA_ERROR_DETECTED_V1, OnexTopics.REGISTRY_NODE_REGISTRATION_FAILED_V1,
                    OnexTopics.REGISTRY_WORKFLOW_FAILED_V1).flatMap(t -> bus.records(t.topicName()).stream()).toList();
            assertThat(records).hasSize(3).allSatisfy(r -> assertThat(text(r.value())).doesNotContain(SECRET)
                    .doesNotContain(HOST).doesNotContain(IP));
        }
    }

    @Test
    @DisplayName("a topic without marked fields is written as given, host names included")
    void unmarkedTopicsUntouched() {
        EventEnvelope<NodeShutdownPayload> event = EventEnvelope.create(OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1.eventType(),
                "node/db.example.com", new NodeShutdownPayload("postgres-adapter.db.example.com",
                        NodeType.EFFECT, "graceful_shutdown"));
        String json = text(OnexTopics.NODE_SHUTDOWN_ANNOUNCED_V1.codec().encode(event));
        assertThat(json).contains("\"node_id\":\"postgres-adapter.db.example.com\"").contains("\"source\":\"node/db.example.com\"");
    }
}
