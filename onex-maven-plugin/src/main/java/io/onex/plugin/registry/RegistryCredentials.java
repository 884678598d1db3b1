package io.onex.plugin.registry;

import io.apicurio.rest.client.auth.Auth;
import io.apicurio.rest.client.auth.BasicAuth;
import java.util.Objects;

/** How to authenticate to the registry. {@link #toString()} never shows a secret. */
public sealed interface RegistryCredentials {

    /** The Apicurio client's header hook, or null for anonymous access. */
    Auth auth();

    /** A description safe for logs, e.g. {@code basic auth as ci-bot}. */
    String describe();

    /** Anonymous access. */
    record None() implements RegistryCredentials {
        @Override
        public Auth auth() {
            return null;
        }

        @Override
        public String describe() {
            return "no credentials";
        }
    }

    /** HTTP basic authentication. */
    record Basic(String username, String password) implements RegistryCredentials {
        public Basic {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public Auth auth() {
            return new BasicAuth(username, password);
        }

        @Override
        public String describe() {
            return "basic auth as " + username;
        }

        @Override
        public String toString() {
            return "Basic[username=" + username + ", password=****]";
        }
    }

    /** A bearer token (e.g. an OIDC access token obtained by the CI system). */
    record Bearer(String token) implements RegistryCredentials {
        public Bearer {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public Auth auth() {
            return headers -> headers.put("Authorization", "Bearer " + token);
        }

        @Override
        public String describe() {
            return "bearer token";
        }

        @Override
        public String toString() {
            return "Bearer[token=****]";
        }
    }
}
