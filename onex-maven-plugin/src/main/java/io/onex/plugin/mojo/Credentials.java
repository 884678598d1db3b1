package io.onex.plugin.mojo;

import io.onex.plugin.registry.RegistryCredentials;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Registry credentials from a settings.xml server (username and password: basic auth; password alone: a bearer
 * token), else from the environment ({@code ONEX_REGISTRY_TOKEN}, or {@code ONEX_REGISTRY_USERNAME} and
 * {@code ONEX_REGISTRY_PASSWORD}). Secrets are decrypted here and never logged.
 */
final class Credentials {

    private Credentials() {
    }

    static RegistryCredentials resolve(String serverId, Settings settings, SettingsDecrypter decrypter,
            Map<String, String> env) throws MojoFailureException {
        if (serverId != null && !serverId.isBlank()) {
            Server server = settings == null ? null : settings.getServer(serverId);
            if (server == null) {
                throw new MojoFailureException("onex.registry.serverId is '" + serverId + "' but settings.xml has no"
                        + " <server> with that id; add one with <username>/<password> (basic) or <password> (token)");
            }
            if (decrypter != null) {
                SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
                for (SettingsProblem problem : result.getProblems()) {
                    if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                        throw new MojoFailureException("cannot decrypt the password of server '" + serverId + "': "
                                + problem.getMessage());
                    }
                }
                server = result.getServer();
            }
            String password = server.getPassword();
            if (password == null || password.isEmpty()) {
                throw new MojoFailureException("server '" + serverId + "' in settings.xml has no <password>");
            }
            return server.getUsername() == null || server.getUsername().isEmpty()
                    ? new RegistryCredentials.Bearer(password)
                    : new RegistryCredentials.Basic(server.getUsername(), password);
        }
        String token = env.get("ONEX_REGISTRY_TOKEN");
        if (token != null && !token.isEmpty()) {
            return new RegistryCredentials.Bearer(token);
        }
        String user = env.get("ONEX_REGISTRY_USERNAME");
        if (user != null && !user.isEmpty()) {
            return new RegistryCredentials.Basic(user, env.getOrDefault("ONEX_REGISTRY_PASSWORD", ""));
        }
        return new RegistryCredentials.None();
    }
}
