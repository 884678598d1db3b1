package io.onex.plugin.mojo;

import io.onex.plugin.provision.ClientSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The parameters of every goal that talks to a Kafka cluster ({@code provision}, {@code migration-status},
 * {@code migration-cutover}): how to reach it, the tenant and the catalog, held once so the goals cannot drift apart.
 */
abstract class ClusterMojo extends OnexMojo {

    /** Kafka bootstrap servers, {@code host:port[,host:port]}.
     * @since 1.0.0 */
    @Parameter(property = "onex.bootstrapServers", required = true)
    String bootstrapServers;
    /** Folder holding {@code topics.yaml}; when not set, the canonical onex-schemas on the plugin's class path.
     * @since 1.0.0 */
    @Parameter(property = "onex.catalog")
    File catalog;
    /** Tenant prefix of spec section 12, e.g. {@code tenant-123}: goes in front of every topic and group.
     * @since 1.0.0 */
    @Parameter(property = "onex.tenantPrefix")
    String tenantPrefix;
    /** A standard Kafka client properties file, e.g. with the SASL and TLS settings.
     * @since 1.0.0 */
    @Parameter(property = "onex.kafka.properties")
    File kafkaPropertiesFile;
    /** Single Kafka client properties; they override {@link #kafkaPropertiesFile}.
     * @since 1.0.0 */
    @Parameter
    Map<String, String> kafkaProperties;
    /** Id of a {@code settings.xml} server whose user name and password become the SASL credentials.
     * @since 1.0.0 */
    @Parameter(property = "onex.serverId")
    String serverId;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    private final SettingsDecrypter decrypter;

    ClusterMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    /**
     * Kafka's clients log their whole configuration at INFO; under Maven's SLF4J binding that would bury the goal's
     * summary. A user who wants those lines passes {@code -Dorg.slf4j.simpleLogger.log.org.apache.kafka=info}.
     */
    static void quietKafkaClients() {
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
    }

    /** The properties file given, resolved like every path parameter. */
    final Optional<Path> kafkaPropertiesPath() {
        return Optional.ofNullable(kafkaPropertiesFile).map(this::path);
    }

    /** The SASL credentials of the {@code settings.xml} server named by {@link #serverId}, if any. */
    final Optional<ClientSettings.SaslCredentials> credentials() throws MojoFailureException {
        return ServerCredentials.sasl(settings, decrypter, serverId);
    }
}
