package io.onex.plugin.mojo;

import io.onex.plugin.migration.Invocation;
import io.onex.plugin.migration.MigrationConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The parameters of the migration goals beyond the cluster's ({@link ClusterMojo}, shared with {@code provision}).
 * Both goals run without a project.
 */
abstract class MigrationMojo extends ClusterMojo {

    /** Bound in seconds on every call to the cluster.
     * @since 1.1.0 */
    @Parameter(property = "onex.migration.timeout", defaultValue = "30")
    int timeout;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    MigrationMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    /** The connection settings, with the flags that repeat them in the commands the goals print. */
    final MigrationConnection connection() throws MojoFailureException {
        quietKafkaClients();
        List<String> flags = new ArrayList<>();
        flags.add("-Donex.bootstrapServers=" + bootstrapServers);
        optional(flags, "onex.tenantPrefix", tenantPrefix);
        optional(flags, "onex.kafka.properties", kafkaPropertiesFile == null ? null : kafkaPropertiesFile.getPath());
        optional(flags, "onex.serverId", serverId);
        optional(flags, "onex.catalog", catalog == null ? null : catalog.getPath());
        Invocation invocation = new Invocation("io.onex:onex-maven-plugin:"
                + (pluginVersion == null ? "<version>" : pluginVersion), flags);
        return new MigrationConnection(bootstrapServers, Optional.ofNullable(tenantPrefix),
                kafkaPropertiesPath(), kafkaProperties, credentials(), timeout, invocation);
    }

    private static void optional(List<String> flags, String property, String value) {
        if (value != null && !value.isBlank()) {
            flags.add("-D" + property + "=" + value);
        }
    }
}
