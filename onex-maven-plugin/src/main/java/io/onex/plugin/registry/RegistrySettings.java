package io.onex.plugin.registry;

import io.onex.plugin.core.SettingsServer;
import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.ParameterRule;
import io.onex.plugin.model.SourceLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry parameters ({@code onex.registry.*}) as the user gave them, before checking; shared by the register
 * goal and the compatibility check's registry baseline.
 *
 * @param url the registry's server root or REST v2 root; may be null (then a goal that needs it reports it)
 * @param groupId the artifact group
 * @param server the {@code settings.xml} server named by {@code onex.registry.serverId}, if one is named
 * @param environment the environment: {@code ONEX_REGISTRY_TOKEN}, or {@code ONEX_REGISTRY_USERNAME} and
 *     {@code ONEX_REGISTRY_PASSWORD}, give credentials when no server is named
 */
public record RegistrySettings(String url, String groupId, Optional<SettingsServer> server,
        Map<String, String> environment) {

    /** Where diagnostics about parameters are reported. */
    public static final SourceLocation PARAMETERS = SourceLocation.of("plugin parameters");

    public RegistrySettings {
        Objects.requireNonNull(server, "server");
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }

    /**
     * Checks the parameters and builds the connection.
     *
     * @param problems where each problem is added, located at the plugin parameters with rule
     *     {@code registry-settings}
     * @return the connection; empty when there is a problem
     */
    public Optional<RegistryConnection> connection(List<Diagnostic> problems) {
        int before = problems.size();
        if (url == null || url.isBlank()) {
            problem(problems, "onex.registry.url is not set; give the registry's server root or REST v2 root, e.g."
                    + " -Donex.registry.url=https://registry.example.com");
        } else if (!isHttpUrl(url.trim())) {
            problem(problems, "onex.registry.url '" + url + "' is not an http or https URL; give the registry's"
                    + " server root or REST v2 root, e.g. https://registry.example.com/apis/registry/v2");
        }
        if (groupId == null || groupId.isBlank()) {
            problem(problems, "onex.registry.groupId is empty; give the artifact group, e.g. onex");
        }
        Optional<RegistryCredentials> credentials = credentials(problems);
        if (problems.size() > before || credentials.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RegistryConnection(url, credentials.get()));
    }

    /** A settings.xml server: user name and password for basic auth, a password alone as a bearer token. */
    private Optional<RegistryCredentials> credentials(List<Diagnostic> problems) {
        if (server.isPresent()) {
            if (server.get() instanceof SettingsServer.Unusable unusable) {
                problem(problems, unusable.problem());
                return Optional.empty();
            }
            SettingsServer.Found found = (SettingsServer.Found) server.get();
            Optional<String> password = found.password().filter(p -> !p.isEmpty());
            if (password.isEmpty()) {
                problem(problems, "server '" + found.id() + "' in settings.xml has no <password>"
                        + " (onex.registry.serverId); give <username> and <password> for basic auth, or <password>"
                        + " alone for a bearer token");
                return Optional.empty();
            }
            return Optional.of(found.username().filter(u -> !u.isEmpty()).<RegistryCredentials>map(
                    user -> new RegistryCredentials.Basic(user, password.get()))
                    .orElseGet(() -> new RegistryCredentials.Bearer(password.get())));
        }
        String token = environment.get("ONEX_REGISTRY_TOKEN");
        if (token != null && !token.isEmpty()) {
            return Optional.of(new RegistryCredentials.Bearer(token));
        }
        String user = environment.get("ONEX_REGISTRY_USERNAME");
        if (user != null && !user.isEmpty()) {
            return Optional.of(new RegistryCredentials.Basic(user, environment.getOrDefault("ONEX_REGISTRY_PASSWORD",
                    "")));
        }
        return Optional.of(new RegistryCredentials.None());
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static void problem(List<Diagnostic> problems, String message) {
        problems.add(Diagnostic.error(PARAMETERS, "", ParameterRule.REGISTRY_SETTINGS.id(), message));
    }

    @Override
    public String toString() {
        return "RegistrySettings[url=" + url + ", groupId=" + groupId + ", server=" + server + ", environment="
                + environment.keySet() + "]";
    }
}
