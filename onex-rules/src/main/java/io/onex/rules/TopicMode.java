package io.onex.rules;

import java.util.Locale;
import java.util.Map;

/**
 * Which topic names are in use during the migration of spec section 9.
 *
 * <p>A topic without a legacy name (every topic except introspection, heartbeat and the introspection request)
 * always uses its canonical name, whatever the mode.
 */
public enum TopicMode {
    /** Legacy names ({@code node.introspection}, ...): the spec's default while migrating. */
    LEGACY,
    /** Both names: publishers write the same envelope to each; consumers read both. */
    DUAL,
    /** Canonical ONEX names only ({@code onex.node.introspection.published.v1}, ...). */
    ONEX;

    /** The environment variable of spec section 9. */
    public static final String ENV_USE_ONEX_TOPICS = "USE_ONEX_TOPICS";

    /** The mode from the process environment, see {@link #fromEnvironment(Map)}. */
    public static TopicMode fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * {@code USE_ONEX_TOPICS=true} (any case) selects {@link #ONEX}; anything else or no value selects
     * {@link #LEGACY}, exactly as the spec's {@code os.getenv("USE_ONEX_TOPICS", "false")} does. {@link #DUAL} is
     * chosen in configuration only.
     */
    public static TopicMode fromEnvironment(Map<String, String> environment) {
        String value = environment.get(ENV_USE_ONEX_TOPICS);
        return value != null && value.trim().toLowerCase(Locale.ROOT).equals("true") ? ONEX : LEGACY;
    }
}
