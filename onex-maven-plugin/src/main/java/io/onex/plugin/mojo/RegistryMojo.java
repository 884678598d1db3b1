package io.onex.plugin.mojo;

import io.onex.plugin.registry.RegistrySettings;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The registry connection parameters ({@code onex.registry.*}) of the goals that talk to a schema registry:
 * {@code register}, and {@code check-compatibility} with the registry as baseline. The core checks them.
 */
abstract class RegistryMojo extends OnexMojo {

    /**
     * The registry: its REST v2 root ({@code .../apis/registry/v2}) or the server root.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.registry.url")
    String registryUrl;

    /**
     * The artifact group.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.registry.groupId", defaultValue = "onex")
    String groupId;

    /**
     * The settings.xml server holding the registry credentials: {@code <username>} and {@code <password>} for basic
     * auth, {@code <password>} alone for a bearer token. Without it, {@code ONEX_REGISTRY_TOKEN} or
     * {@code ONEX_REGISTRY_USERNAME}/{@code ONEX_REGISTRY_PASSWORD} are used when set.
     *
     * @since 1.0.0
     */
    @Parameter(property = "onex.registry.serverId")
    String serverId;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    private final SettingsDecrypter decrypter;

    RegistryMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    /** The parameters as given, with the named settings.xml server read and the environment's credentials. */
    final RegistrySettings registrySettings() {
        return new RegistrySettings(registryUrl, groupId,
                ServerCredentials.read(settings, decrypter, serverId, "onex.registry.serverId"), System.getenv());
    }
}
