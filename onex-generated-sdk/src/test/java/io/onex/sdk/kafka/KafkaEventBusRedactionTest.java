package io.onex.sdk.kafka;

import static io.onex.sdk.testing.SecretPayloads.HOST;
import static io.onex.sdk.testing.SecretPayloads.IP;
import static io.onex.sdk.testing.SecretPayloads.NODE_NAME;
import static io.onex.sdk.testing.SecretPayloads.OPERATION;
import static io.onex.sdk.testing.SecretPayloads.SECRET;
import static io.onex.sdk.testing.SecretPayloads.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.onex.events.ErrorDetectedPayload;
import io.onex.events.OnexTopics;
import io.onex.rules.TopicMode;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.OnexTopic;
import io.onex.sdk.testing.SecretPayloads;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec section 6.6 on the Kafka bus: what reaches the producer has the marked fields redacted, whatever is configured. */
class KafkaEventBusRedactionTest {

    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private KafkaEventBus bus;

    private KafkaEventBus bus(Consumer<KafkaEventBusConfig.Builder> customizer) {
        KafkaEventBusConfig.Builder b = KafkaEventBusConfig.builder("127.0.0.1:1", "node/postgres-adapter")
                .topicMode(TopicMode.ONEX).meterRegistry(new SimpleMeterRegistry());
        customizer.accept(b);
        bus = new KafkaEventBus(b.build(), producer);
        return bus;
    }

    @AfterEach
    void closeBus() {
        if (bus != null) {
            bus.close(Duration.ZERO);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<String> publishAll() {
        for (EventEnvelope<?> event : SecretPayloads.all()) {
            bus.publish((OnexTopic) SecretPayloads.topicOf(event), (EventEnvelope) event).join();
        }
        return producer.history().stream().map(r -> text(r.value())).toList();
    }

    @Test
    @DisplayName("by default the error message and context, and the error messages of registration_failed and"
            + " workflow.failed, reach the producer without secrets, hosts or IPs; identifiers stay as they were")
    void strictByDefault() {
        bus(b -> { });
        List<String> sent = publishAll();
        assertThat(sent).hasSize(3).allSatisfy(json -> assertThat(json).doesNotContain(SECRET).doesNotContain(HOST)
                .doesNotContain(IP).contains("[REDACTED]"));
        assertThat(sent.get(0)).doesNotContain("abc.def.ghi").contains("\"node_name\":\"" + NODE_NAME + "\"")
                .contains("\"operation\":\"" + OPERATION + "\"").contains("\"port\":5432");
        assertThat(sent.get(1)).contains("\"node_id\":\"postgres-adapter-001\"");
        ProducerRecord<String, byte[]> error = producer.history().get(0);
        EventEnvelope<ErrorDetectedPayload> decoded = OnexTopics.INFRA_ERROR_DETECTED_V1.codec().decode(error.value());
        assertThat(decoded.payload().context()).containsEntry("host", "[REDACTED]").containsEntry("password", "[REDACTED]")
                .containsEntry("retry_count", 3L);
        assertThat(error.key()).isEqualTo(decoded.correlationId().toString());
    }

    @Test
    @DisplayName("internalEnvironment(true) keeps hosts and IPs in the redacted fields and still removes every secret")
    void internalEnvironmentKeepsHosts() {
        bus(b -> b.internalEnvironment(true));
        List<String> sent = publishAll();
        assertThat(sent).allSatisfy(json -> assertThat(json).doesNotContain(SECRET).contains("[REDACTED]"));
        assertThat(sent.get(0)).contains(HOST).contains(IP);
        assertThat(sent.get(1)).contains(HOST);
        assertThat(sent.get(2)).contains(IP);
    }

    @Test
    @DisplayName("a wire format, the one hook on the serialized record, is handed the envelope already redacted")
    void wireFormatSeesRedactedBytes() {
        List<String> seen = new ArrayList<>();
        WireFormat recording = new WireFormat() {
            @Override
            public byte[] toWire(OnexTopic<?> topic, Headers headers, byte[] envelopeJson) {
                seen.add(text(envelopeJson));
                return envelopeJson;
            }

            @Override
            public byte[] fromWire(String topic, Headers headers, byte[] value) {
                return value;
            }
        };
        bus(b -> b.wireFormat(recording));
        publishAll();
        assertThat(seen).hasSize(3).allSatisfy(json -> assertThat(json).doesNotContain(SECRET).doesNotContain(HOST));
    }

    @Test
    @DisplayName("neither the builder nor the config offers a redactor or a rewrite of records: only internalEnvironment")
    void nothingSwitchesRedactionOff() {
        List<String> builderParameters = Arrays.stream(KafkaEventBusConfig.Builder.class.getMethods())
                .filter(m -> m.getDeclaringClass() == KafkaEventBusConfig.Builder.class)
                .flatMap(m -> Arrays.stream(m.getParameterTypes())).map(Class::getName).toList();
        List<String> components = Arrays.stream(KafkaEventBusConfig.class.getRecordComponents())
                .map(RecordComponent::getType).map(Class::getName).toList();
        for (List<String> types : List.of(builderParameters, components)) {
            assertThat(types).noneMatch(t -> t.startsWith("io.onex.sdk.redact.") || t.startsWith("java.util.function."));
        }
        assertThat(Arrays.stream(KafkaEventBusConfig.Builder.class.getMethods()).map(Method::getName))
                .contains("internalEnvironment").doesNotContain("redactor", "transformer");
    }
}
