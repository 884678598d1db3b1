package io.onex.plugin.mojo;

import io.onex.plugin.provision.ClientSettings.SaslCredentials;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** Reads a user name and (decrypted) password from a {@code <server>} of Maven's {@code settings.xml}. */
final class ServerCredentials {

    private ServerCredentials() {
    }

    static Optional<SaslCredentials> resolve(Settings settings, SettingsDecrypter decrypter, String serverId)
            throws MojoFailureException {
        if (serverId == null || serverId.isBlank()) {
            return Optional.empty();
        }
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new MojoFailureException("no <server> with id '" + serverId + "' in settings.xml (onex.serverId)");
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : decrypted.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoFailureException("cannot decrypt the password of server '" + serverId
                        + "' in settings.xml: " + problem.getMessage());
            }
        }
        Server plain = decrypted.getServer();
        if (plain.getUsername() == null || plain.getPassword() == null) {
            throw new MojoFailureException("server '" + serverId + "' in settings.xml needs a <username> and a"
                    + " <password> for SASL (onex.serverId)");
        }
        return Optional.of(new SaslCredentials(plain.getUsername(), plain.getPassword()));
    }
}
