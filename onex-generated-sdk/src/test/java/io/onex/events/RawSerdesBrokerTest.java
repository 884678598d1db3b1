package io.onex.events;

import static io.onex.sdk.testing.SecretPayloads.HOST;
import static io.onex.sdk.testing.SecretPayloads.SECRET;
import static io.onex.sdk.testing.SecretPayloads.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.onex.events.serde.InfraErrorDetectedV1Serdes;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.serde.EnvelopeSerializer;
import io.onex.sdk.testing.Kafka;
import io.onex.sdk.testing.SecretPayloads;
import io.onex.testkit.KafkaBroker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A plain {@link KafkaProducer} configured with the generated serializers by class name, as a node that bypasses the
 * event bus would: what reaches the broker is redacted, and the producer's configuration carries the one setting.
 */
class RawSerdesBrokerTest {

    @RegisterExtension
    static final KafkaBroker kafka = KafkaBroker.plaintext();

    private static String sendAndRead(String topic, Map<String, Object> extra) throws Exception {
        kafka.createTopics(3, topic);
        Map<String, Object> props = new HashMap<>(kafka.clientProperties());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, InfraErrorDetectedV1Serdes.KeySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, InfraErrorDetectedV1Serdes.ValueSerializer.class.getName());
        props.putAll(extra);
        EventEnvelope<ErrorDetectedPayload> event = SecretPayloads.errorDetected();
        try (KafkaProducer<EventEnvelope<ErrorDetectedPayload>, EventEnvelope<ErrorDetectedPayload>> producer =
                new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, event, event)).get(30, TimeUnit.SECONDS);
        }
        List<ConsumerRecord<String, byte[]>> records = Kafka.readAll(kafka.clientProperties(), List.of(topic), 1);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).key()).isEqualTo(event.correlationId().toString());
        return text(records.get(0).value());
    }

    @Test
    @DisplayName("the error topic's generated serializer sends no secret and no host by default, and keeps the host but"
            + " no secret with " + EnvelopeSerializer.INTERNAL_ENVIRONMENT_CONFIG + "=true")
    void redactedOnTheBroker() throws Exception {
        assertThat(sendAndRead("strict.onex.infra.error.detected.v1", Map.of()))
                .doesNotContain(SECRET).doesNotContain(HOST).contains("[REDACTED]");
        assertThat(sendAndRead("internal.onex.infra.error.detected.v1",
                Map.of(EnvelopeSerializer.INTERNAL_ENVIRONMENT_CONFIG, "true")))
                .doesNotContain(SECRET).contains(HOST);
    }
}
