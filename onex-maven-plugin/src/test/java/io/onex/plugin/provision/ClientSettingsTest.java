package io.onex.plugin.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientSettingsTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the properties file, then the map, then bootstrapServers, then the credentials win")
    void precedence() throws Exception {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, "bootstrap.servers=file:1\nclient.id=from-file\nsecurity.protocol=SASL_PLAINTEXT\n"
                + "sasl.jaas.config=from-file\n");

        Map<String, String> props = ClientSettings.assemble("broker:9092", Optional.of(file),
                Map.of("client.id", "from-map"),
                Optional.of(new ClientSettings.SaslCredentials("alice", "se\"cr\\et")));

        assertThat(props).containsEntry("bootstrap.servers", "broker:9092")
                .containsEntry("client.id", "from-map")
                .containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required"
                        + " username=\"alice\" password=\"se\\\"cr\\\\et\";");
    }

    @Test
    @DisplayName("credentials without a security protocol default to SASL_SSL, never to sending them in clear")
    void credentialsDefaultToSaslSsl() throws Exception {
        Map<String, String> props = ClientSettings.assemble("broker:9092", Optional.empty(), Map.of(),
                Optional.of(new ClientSettings.SaslCredentials("alice", "secret")));

        assertThat(props).containsEntry("security.protocol", "SASL_SSL");
    }

    @Test
    @DisplayName("SCRAM mechanisms get the SCRAM login module; others are refused with the way out")
    void mechanisms() throws Exception {
        Map<String, String> scram = ClientSettings.assemble("b:1", Optional.empty(),
                Map.of("sasl.mechanism", "SCRAM-SHA-512"), Optional.of(new ClientSettings.SaslCredentials("a", "b")));
        assertThat(scram.get("sasl.jaas.config")).startsWith("org.apache.kafka.common.security.scram.ScramLoginModule");

        assertThatThrownBy(() -> ClientSettings.assemble("b:1", Optional.empty(), Map.of("sasl.mechanism", "GSSAPI"),
                Optional.of(new ClientSettings.SaslCredentials("a", "b"))))
                .isInstanceOf(InvalidProvisionSettingsException.class)
                .hasMessageContaining("not GSSAPI; remove serverId and configure sasl.jaas.config");
    }

    @Test
    @DisplayName("masking hides JAAS configs, passwords and other secrets and keeps the rest")
    void masking() throws Exception {
        Map<String, String> masked = ClientSettings.masked(Map.of(
                "bootstrap.servers", "broker:9092",
                "sasl.jaas.config", "... password=\"secret\";",
                "ssl.truststore.password", "secret",
                "ssl.keystore.key", "secret",
                "sasl.oauthbearer.client.credentials.client.secret", "secret",
                "my.custom.token", "secret"));

        assertThat(masked).containsEntry("bootstrap.servers", "broker:9092");
        assertThat(masked).doesNotContainValue("secret").doesNotContainValue("... password=\"secret\";");
        assertThat(new ClientSettings.SaslCredentials("alice", "secret").toString()).doesNotContain("secret");
    }

    @Test
    @DisplayName("a missing bootstrapServers or properties file is a clear error")
    void missingInputs() {
        assertThatThrownBy(() -> ClientSettings.assemble(" ", Optional.empty(), Map.of(), Optional.empty()))
                .hasMessage("bootstrapServers is required: set -Donex.bootstrapServers=host:port");
        assertThatThrownBy(() -> ClientSettings.assemble("b:1", Optional.of(dir.resolve("nope.properties")),
                Map.of(), Optional.empty()))
                .hasMessageContaining("nope.properties (onex.kafka.properties) does not exist or is not a file");
    }
}
