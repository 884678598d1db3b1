package io.onex.sdk.kafka;

import io.onex.rules.Tenant;
import io.onex.rules.TopicMode;
import io.onex.rules.TopicNaming;
import io.onex.sdk.OnexTopic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The physical Kafka topic names of catalog topics under a {@link TopicMode} and an optional {@link Tenant} (spec
 * section 12: {@code tenant-123.onex.node.introspection.published.v1}). The rules themselves are
 * {@link TopicNaming}'s, shared with the Maven plugin's {@code provision} goal, so what a node writes to is what was
 * provisioned.
 */
public final class TopicNames {

    private final TopicMode mode;
    private final Optional<Tenant> tenant;

    /**
     * @param mode the migration mode
     * @param tenant the tenant, or empty for none
     */
    public TopicNames(TopicMode mode, Optional<Tenant> tenant) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
    }

    public TopicMode mode() {
        return mode;
    }

    public Optional<Tenant> tenant() {
        return tenant;
    }

    /** {@code "<tenant>."} or {@code ""}. */
    public String prefix() {
        return Tenant.prefixOf(tenant);
    }

    /** The names a publisher writes one event to, canonical first. */
    public List<String> publishNames(OnexTopic<?> topic) {
        return TopicNaming.physicalNames(topic.topicName(), topic.legacyTopicName(), mode, tenant);
    }

    /** The names a consumer of the topic subscribes to; the same as {@link #publishNames}. */
    public List<String> subscribeNames(OnexTopic<?> topic) {
        return publishNames(topic);
    }

    /** The subscription of a set of topics, without duplicates, in order. */
    public List<String> subscribeNames(List<? extends OnexTopic<?>> topics) {
        Set<String> names = new LinkedHashSet<>();
        for (OnexTopic<?> t : topics) {
            names.addAll(subscribeNames(t));
        }
        return new ArrayList<>(names);
    }

    /**
     * Removes the tenant prefix from a physical name.
     *
     * @return the catalog (canonical or legacy) name, or empty when the name lacks this prefix
     */
    public Optional<String> stripPrefix(String physicalName) {
        return TopicNaming.catalogName(physicalName, tenant);
    }

    @Override
    public String toString() {
        return "TopicNames[" + mode + tenant.map(t -> ", tenant prefix " + t.prefix()).orElse("") + "]";
    }
}
