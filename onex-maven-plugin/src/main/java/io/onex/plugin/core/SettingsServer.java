package io.onex.plugin.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code <server>} of Maven's {@code settings.xml} that a goal parameter names, as the goal's Maven front end read
 * it: its user name and decrypted password, or why it cannot be used. The goal's core decides what the entry means
 * to it (SASL credentials, registry credentials) and reports a problem as a diagnostic. {@link #toString()} never
 * shows a password.
 */
public sealed interface SettingsServer {

    /** The server id, as the parameter names it. */
    String id();

    /**
     * The server exists and its password, if any, was decrypted.
     *
     * @param id the server id
     * @param username its {@code <username>}, if set (possibly empty)
     * @param password its decrypted {@code <password>}, if set (possibly empty)
     */
    record Found(String id, Optional<String> username, Optional<String> password) implements SettingsServer {
        public Found {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Found[id=" + id + ", username=" + username.orElse("(none)") + ", password="
                    + password.map(p -> "****").orElse("(none)") + "]";
        }
    }

    /**
     * The server cannot be used.
     *
     * @param id the server id
     * @param problem what is wrong, naming the parameter, e.g.
     *     {@code no <server> with id 'x' in settings.xml (onex.serverId)}
     */
    record Unusable(String id, String problem) implements SettingsServer {
        public Unusable {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(problem, "problem");
        }
    }
}
