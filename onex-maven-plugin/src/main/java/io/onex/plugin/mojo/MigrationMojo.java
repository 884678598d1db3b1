package io.onex.plugin.mojo;

import io.onex.plugin.migration.Invocation;
import io.onex.plugin.migration.MigrationConnection;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The parameters the migration goals share with {@code provision}: how to reach the cluster, the tenant and the
 * catalog. Both goals run without a project.
 */
abstract class MigrationMojo extends OnexMojo {

    /** Kafka bootstrap servers, {@code host:port[,host:port]}.
     * @since 1.1.0 */
    @Parameter(property = "onex.bootstrapServers", required = true)
    String bootstrapServers;
    /** Folder holding {@code topics.yaml}; when not set, the canonical onex-schemas on the plugin's class path.
     * @since 1.1.0 */
    @Parameter(property = "onex.catalog")
    File catalog;
    /** Tenant prefix of spec section 12, e.g. {@code tenant-123}: in front of every topic and group.
     * @since 1.1.0 */
    @Parameter(property = "onex.tenantPrefix")
    String tenantPrefix;
    /** A standard Kafka client properties file, e.g. with the SASL and TLS settings.
     * @since 1.1.0 */
    @Parameter(property = "onex.kafka.properties")
    File kafkaPropertiesFile;
    /** Single Kafka client properties; they override {@link #kafkaPropertiesFile}.
     * @since 1.1.0 */
    @Parameter
    Map<String, String> kafkaProperties;
    /** Id of a {@code settings.xml} server whose user name and password become the SASL credentials.
     * @since 1.1.0 */
    @Parameter(property = "onex.serverId")
    String serverId;
    /** Bound in seconds on every call to the cluster.
     * @since 1.1.0 */
    @Parameter(property = "onex.migration.timeout", defaultValue = "30")
    int timeout;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    private final SettingsDecrypter decrypter;

    MigrationMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    /** The connection settings, with the flags that repeat them in the commands the goals print. */
    final MigrationConnection connection() throws MojoFailureException {
        // Kafka's clients log their whole configuration at INFO; under Maven's SLF4J binding that would bury
        // the report. A user who wants those lines passes -Dorg.slf4j.simpleLogger.log.org.apache.kafka=info.
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        List<String> flags = new ArrayList<>();
        flags.add("-Donex.bootstrapServers=" + bootstrapServers);
        optional(flags, "onex.tenantPrefix", tenantPrefix);
        optional(flags, "onex.kafka.properties", kafkaPropertiesFile == null ? null : kafkaPropertiesFile.getPath());
        optional(flags, "onex.serverId", serverId);
        optional(flags, "onex.catalog", catalog == null ? null : catalog.getPath());
        Invocation invocation = new Invocation("io.onex:onex-maven-plugin:"
                + (pluginVersion == null ? "<version>" : pluginVersion), flags);
        return new MigrationConnection(bootstrapServers, Optional.ofNullable(tenantPrefix),
                Optional.ofNullable(kafkaPropertiesFile).map(this::path), kafkaProperties,
                ServerCredentials.sasl(settings, decrypter, serverId), timeout, invocation);
    }

    private static void optional(List<String> flags, String property, String value) {
        if (value != null && !value.isBlank()) {
            flags.add("-D" + property + "=" + value);
        }
    }
}
