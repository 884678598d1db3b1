package io.onex.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The physical Kafka names of one catalog topic: its canonical name (spec section 3) or legacy name (section 9)
 * by {@link TopicMode}, behind the tenant's prefix (section 12). Legacy names are prefixed too
 * ({@code tenant-123.node.introspection}).
 */
public final class TopicNaming {

    /** What every canonical topic name starts with (spec section 3). */
    public static final String NAMESPACE = "onex.";

    /** Kafka's limit on the length of a topic name. */
    public static final int MAX_TOPIC_NAME_LENGTH = 249;

    private TopicNaming() {
    }

    /**
     * The names one event of the topic is written to and read from, canonical first: the legacy name alone in
     * {@link TopicMode#LEGACY}, both in {@link TopicMode#DUAL}, the canonical name alone in {@link TopicMode#ONEX}
     * or when the topic has no legacy name.
     */
    public static List<String> physicalNames(String canonicalName, Optional<String> legacyName, TopicMode mode,
            Optional<Tenant> tenant) {
        Objects.requireNonNull(canonicalName, "canonicalName");
        Objects.requireNonNull(mode, "mode");
        List<String> logical = legacyName.isEmpty() ? List.of(canonicalName) : switch (mode) {
            case LEGACY -> List.of(legacyName.get());
            case DUAL -> List.of(canonicalName, legacyName.get());
            case ONEX -> List.of(canonicalName);
        };
        return logical.stream().map(name -> physicalName(name, tenant)).toList();
    }

    /**
     * One catalog name (canonical or legacy) behind the tenant's prefix.
     *
     * @throws IllegalArgumentException when the result would exceed Kafka's limit on topic names
     */
    public static String physicalName(String catalogName, Optional<Tenant> tenant) {
        String name = Tenant.prefixOf(tenant) + catalogName;
        if (name.length() > MAX_TOPIC_NAME_LENGTH) {
            throw new IllegalArgumentException("topic name " + name + " is longer than Kafka's limit of "
                    + MAX_TOPIC_NAME_LENGTH + " characters");
        }
        return name;
    }

    /**
     * The catalog name behind a physical name.
     *
     * @return the name without the tenant's prefix, or empty when the physical name lacks it
     */
    public static Optional<String> catalogName(String physicalName, Optional<Tenant> tenant) {
        String prefix = Tenant.prefixOf(tenant);
        return physicalName.startsWith(prefix) ? Optional.of(physicalName.substring(prefix.length()))
                : Optional.empty();
    }
}
