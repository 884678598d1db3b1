package io.onex.events;

import static io.onex.sdk.testing.SecretPayloads.HOST;
import static io.onex.sdk.testing.SecretPayloads.IP;
import static io.onex.sdk.testing.SecretPayloads.SECRET;
import static io.onex.sdk.testing.SecretPayloads.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.events.serde.InfraErrorDetectedV1Serdes;
import io.onex.events.serde.RegistryNodeRegistrationFailedV1Serdes;
import io.onex.events.serde.RegistryWorkflowFailedV1Serdes;
import io.onex.sdk.EventEnvelope;
import io.onex.sdk.serde.EnvelopeSerializer;
import io.onex.sdk.testing.SecretPayloads;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The generated Kafka serializers redact as the buses do (spec section 6.6): strict unless the client
 * configuration marks the environment internal with {@code onex.redaction.internal.environment=true}.
 */
class RawSerdesRedactionTest {

    private static final String KEY = EnvelopeSerializer.INTERNAL_ENVIRONMENT_CONFIG;

    private static <P> String serialize(Serializer<EventEnvelope<P>> serializer, EventEnvelope<P> event) {
        return text(serializer.serialize(OnexTopics.INFRA_ERROR_DETECTED_V1.topicName(), event));
    }

    @Test
    @DisplayName("the error topic's serializer writes no password=" + SECRET + ", host or IP from the message or the"
            + " context, configured or not")
    void errorTopic() {
        InfraErrorDetectedV1Serdes.ValueSerializer unconfigured = new InfraErrorDetectedV1Serdes.ValueSerializer();
        InfraErrorDetectedV1Serdes.ValueSerializer configured = new InfraErrorDetectedV1Serdes.ValueSerializer();
        configured.configure(Map.of("bootstrap.servers", "broker:9092"), false);
        for (InfraErrorDetectedV1Serdes.ValueSerializer serializer : new InfraErrorDetectedV1Serdes.ValueSerializer[] {
                unconfigured, configured}) {
            String json = serialize(serializer, SecretPayloads.errorDetected());
            assertThat(json).doesNotContain(SECRET).doesNotContain(HOST).doesNotContain(IP)
                    .contains("password=[REDACTED]").contains("\"password\":\"[REDACTED]\"");
        }
    }

    @Test
    @DisplayName("the serializers of registration_failed and workflow.failed redact their error messages")
    void errorMessages() {
        String registration = serialize(new RegistryNodeRegistrationFailedV1Serdes.ValueSerializer(),
                SecretPayloads.registrationFailed());
        String workflow = serialize(new RegistryWorkflowFailedV1Serdes.ValueSerializer(), SecretPayloads.workflowFailed());
        assertThat(registration).doesNotContain(SECRET).doesNotContain(HOST).contains("token=[REDACTED]");
        assertThat(workflow).doesNotContain(SECRET).doesNotContain(IP).contains("[REDACTED]");
    }

    @Test
    @DisplayName(KEY + "=true keeps host names and IPs and still no secret; false, absent or Boolean.FALSE keeps neither")
    void internalEnvironment() {
        for (Object internal : new Object[] {"true", " TRUE ", Boolean.TRUE}) {
            InfraErrorDetectedV1Serdes.ValueSerializer serializer = new InfraErrorDetectedV1Serdes.ValueSerializer();
            serializer.configure(Map.of(KEY, internal), false);
            assertThat(serialize(serializer, SecretPayloads.errorDetected())).as("%s", internal).contains(HOST).contains(IP)
                    .doesNotContain(SECRET);
        }
        for (Object strict : new Object[] {"false", Boolean.FALSE}) {
            InfraErrorDetectedV1Serdes.ValueSerializer serializer = new InfraErrorDetectedV1Serdes.ValueSerializer();
            serializer.configure(Map.of(KEY, strict), false);
            assertThat(serialize(serializer, SecretPayloads.errorDetected())).as("%s", strict).doesNotContain(HOST)
                    .doesNotContain(SECRET);
        }
    }

    @Test
    @DisplayName("the value serde hands the setting to its serializer")
    void serdeConfiguresItsSerializer() {
        try (InfraErrorDetectedV1Serdes.ValueSerde serde = new InfraErrorDetectedV1Serdes.ValueSerde()) {
            assertThat(serialize(serde.serializer(), SecretPayloads.errorDetected())).doesNotContain(HOST);
            serde.configure(Map.of(KEY, "true"), false);
            assertThat(serialize(serde.serializer(), SecretPayloads.errorDetected())).contains(HOST).doesNotContain(SECRET);
        }
    }

    @Test
    @DisplayName("any other value is refused with a ConfigException naming the setting; there is no value that turns"
            + " redaction off")
    void refusesOtherValues() {
        for (Object value : new Object[] {"off", "none", "", 1}) {
            assertThatThrownBy(() -> new InfraErrorDetectedV1Serdes.ValueSerializer().configure(Map.of(KEY, value), false))
                    .isInstanceOf(ConfigException.class).hasMessageContaining(KEY).hasMessageContaining("true")
                    .hasMessageContaining("secrets are redacted either way");
        }
    }
}
