package io.onex.plugin.migration;

import io.onex.plugin.provision.ClientSettings;
import io.onex.plugin.provision.ClientSettings.SaslCredentials;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the migration goals reach the cluster, as the user gave it: the same settings as {@code provision}'s.
 *
 * @param bootstrapServers {@code host:port[,host:port]}
 * @param tenantPrefix tenant prefix of section 12, if any
 * @param kafkaPropertiesFile a standard Kafka client properties file, if any
 * @param kafkaProperties single client properties; override the file
 * @param credentials SASL user and password from a Maven settings server, if any
 * @param timeoutSeconds bound in seconds on every call to the cluster
 * @param invocation how the goal was run, to print the next commands the same way
 */
public record MigrationConnection(String bootstrapServers, Optional<String> tenantPrefix,
        Optional<Path> kafkaPropertiesFile, Map<String, String> kafkaProperties, Optional<SaslCredentials> credentials,
        int timeoutSeconds, Invocation invocation) {

    public MigrationConnection {
        tenantPrefix = tenantPrefix.filter(t -> !t.isBlank());
        Objects.requireNonNull(kafkaPropertiesFile, "kafkaPropertiesFile");
        kafkaProperties = Map.copyOf(kafkaProperties == null ? Map.of() : new HashMap<>(kafkaProperties));
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(invocation, "invocation");
    }

    /** A plain connection with a 30 s timeout, as tests and callers without security settings need. */
    public static MigrationConnection plain(String bootstrapServers, String tenantPrefix, Invocation invocation) {
        return new MigrationConnection(bootstrapServers, Optional.ofNullable(tenantPrefix), Optional.empty(), Map.of(),
                Optional.empty(), 30, invocation);
    }

    @Override
    public String toString() {
        return "MigrationConnection[bootstrapServers=" + bootstrapServers + ", tenantPrefix=" + tenantPrefix
                + ", kafkaPropertiesFile=" + kafkaPropertiesFile + ", kafkaProperties="
                + ClientSettings.masked(kafkaProperties) + ", credentials=" + credentials + ", timeoutSeconds="
                + timeoutSeconds + "]";
    }
}
