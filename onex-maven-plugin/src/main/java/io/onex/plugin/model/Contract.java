package io.onex.plugin.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated node {@code contract.yaml} (spec section 13).
 *
 * @param name {@code meta.name}, e.g. {@code registry-effect}
 * @param version {@code meta.version}
 * @param nodeType {@code meta.node_type}
 * @param publishes channels the node publishes, in file order
 * @param subscribes channels the node subscribes to, in file order
 * @param location the contract file
 */
public record Contract(String name, String version, NodeType nodeType, List<Channel> publishes,
        List<Channel> subscribes, SourceLocation location) {
    public Contract {
        Objects.requireNonNull(name, "name");
        publishes = List.copyOf(publishes);
        subscribes = List.copyOf(subscribes);
    }

    /** The PascalCase form of the kebab-case {@code meta.name}: {@code registry-effect} -> {@code RegistryEffect}. */
    public String javaName() {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split("[-_]")) {
            if (!word.isEmpty()) {
                sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return sb.toString();
    }

    /**
     * One entry of {@code event_channels.publishes} or {@code subscribes}.
     *
     * @param declaredTopic the topic name as written in the contract
     * @param topic the catalog topic it resolves to
     * @param reference how the name matched the catalog
     * @param tenantPrefix the tenant prefix when the name was tenant-prefixed (section 12); empty otherwise
     * @param key the declared key field
     * @param eventType the logical event category, unique per direction
     * @param description human-readable purpose; may be empty
     * @param handler handler method name (subscriptions); empty when not given
     * @param location the entry in the contract file
     */
    public record Channel(String declaredTopic, Topic topic, TopicReference reference, Optional<String> tenantPrefix,
            String key, String eventType, String description, Optional<String> handler, SourceLocation location) {
        public Channel {
            description = description == null ? "" : description;
        }
    }

    /** How a contract's topic name matched the catalog. */
    public enum TopicReference {
        CANONICAL,
        LEGACY,
        TENANT_PREFIXED
    }
}
