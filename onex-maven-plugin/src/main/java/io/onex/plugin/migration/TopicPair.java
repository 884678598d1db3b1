package io.onex.plugin.migration;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Topic;
import io.onex.rules.Tenant;
import io.onex.rules.TopicNaming;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalog topic with a legacy name (spec section 9): its physical legacy and canonical names, behind the tenant's
 * prefix. Dual publishing writes the same envelope, with the same key, to both; with the same partition count the
 * same key lands in the same partition number on each side.
 *
 * @param legacy e.g. {@code node.heartbeat}
 * @param canonical e.g. {@code onex.node.heartbeat.published.v1}
 */
public record TopicPair(String legacy, String canonical) {

    public TopicPair {
        Objects.requireNonNull(legacy, "legacy");
        Objects.requireNonNull(canonical, "canonical");
    }

    /**
     * The pairs of a catalog, in catalog order.
     *
     * @throws IllegalArgumentException when a name behind the tenant's prefix exceeds Kafka's limit
     */
    public static List<TopicPair> of(Catalog catalog, Optional<Tenant> tenant) {
        return catalog.topics().stream().filter(t -> t.legacyName().isPresent())
                .map(t -> of(t, tenant)).toList();
    }

    private static TopicPair of(Topic topic, Optional<Tenant> tenant) {
        return new TopicPair(TopicNaming.physicalName(topic.legacyName().orElseThrow(), tenant),
                TopicNaming.physicalName(topic.fullName(), tenant));
    }
}
