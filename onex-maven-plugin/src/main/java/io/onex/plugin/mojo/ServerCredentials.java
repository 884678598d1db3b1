package io.onex.plugin.mojo;

import io.onex.plugin.core.SettingsServer;
import io.onex.plugin.provision.ClientSettings.SaslCredentials;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The one reader of {@code <server>} entries of Maven's {@code settings.xml}: finds the server a parameter names and
 * decrypts its password (Maven's password encryption). Secrets are never logged.
 */
final class ServerCredentials {

    private ServerCredentials() {
    }

    /**
     * The server a parameter names, as read.
     *
     * @param serverId the parameter's value; null or blank when no server is named
     * @param property the parameter's property, named in problems, e.g. {@code onex.serverId}
     * @return empty when no server is named; else the server's user name and decrypted password, or why it cannot
     *     be used
     */
    static Optional<SettingsServer> read(Settings settings, SettingsDecrypter decrypter, String serverId,
            String property) {
        if (serverId == null || serverId.isBlank()) {
            return Optional.empty();
        }
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            return Optional.of(new SettingsServer.Unusable(serverId, "no <server> with id '" + serverId
                    + "' in settings.xml (" + property + ")"));
        }
        if (decrypter != null) {
            SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            for (SettingsProblem problem : decrypted.getProblems()) {
                if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                    return Optional.of(new SettingsServer.Unusable(serverId, "cannot decrypt the password of server '"
                            + serverId + "' in settings.xml: " + problem.getMessage()));
                }
            }
            server = decrypted.getServer();
        }
        return Optional.of(new SettingsServer.Found(serverId, Optional.ofNullable(server.getUsername()),
                Optional.ofNullable(server.getPassword())));
    }

    /**
     * The SASL credentials of the server named by {@code onex.serverId}: its user name and (decrypted) password.
     *
     * @return empty when no server is named
     * @throws MojoFailureException when the server is missing, cannot be decrypted or lacks a user name or password
     */
    static Optional<SaslCredentials> sasl(Settings settings, SettingsDecrypter decrypter, String serverId)
            throws MojoFailureException {
        Optional<SettingsServer> server = read(settings, decrypter, serverId, "onex.serverId");
        if (server.isEmpty()) {
            return Optional.empty();
        }
        if (server.get() instanceof SettingsServer.Unusable unusable) {
            throw new MojoFailureException(unusable.problem());
        }
        SettingsServer.Found found = (SettingsServer.Found) server.get();
        if (found.username().isEmpty() || found.password().isEmpty()) {
            throw new MojoFailureException("server '" + serverId + "' in settings.xml needs a <username> and a"
                    + " <password> for SASL (onex.serverId)");
        }
        return Optional.of(new SaslCredentials(found.username().get(), found.password().get()));
    }
}
