package io.onex.plugin.registry;

import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.rest.client.RegistryClientFactory;
import java.util.Map;
import java.util.Objects;

/**
 * Where the registry is and how to log in.
 *
 * @param url the REST v2 API root, e.g. {@code https://registry.example.com/apis/registry/v2}
 * @param credentials how to authenticate
 */
public record RegistryConnection(String url, RegistryCredentials credentials) {

    public RegistryConnection {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(credentials, "credentials");
        url = normalize(url);
    }

    /** A client of Apicurio's own REST v2 library. */
    public RegistryClient open() {
        return RegistryClientFactory.create(url, Map.of(), credentials.auth());
    }

    /** Accepts the server root too and appends the v2 API path, so {@code http://host:8080} works. */
    static String normalize(String url) {
        String trimmed = url.trim().replaceAll("/+$", "");
        return trimmed.contains("/apis/") ? trimmed : trimmed + "/apis/registry/v2";
    }
}
