package io.onex.sdk.kafka;

import io.onex.sdk.OnexTopic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The physical Kafka topic names of catalog topics under a {@link TopicMode} and an optional
 * tenant prefix (spec section 12: {@code tenant-123.onex.node.introspection.published.v1}).
 *
 * <p>The tenant is given without the separating dot; the dot is added here. Prefixes apply to
 * legacy names too ({@code tenant-123.node.introspection}).
 */
public final class TopicNames {

    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    private final TopicMode mode;
    private final String prefix;

    /**
     * @param mode the migration mode
     * @param tenant the tenant id (e.g. {@code tenant-123}) or empty for none
     */
    public TopicNames(TopicMode mode, Optional<String> tenant) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.prefix = tenant.map(TopicNames::checkTenant).map(t -> t + ".").orElse("");
    }

    private static String checkTenant(String tenant) {
        if (!TENANT.matcher(tenant).matches()) {
            throw new IllegalArgumentException("tenant prefix '" + tenant + "' must be letters, digits, '_' and '-' "
                    + "in dot-separated parts, without a leading or trailing dot (e.g. tenant-123)");
        }
        return tenant;
    }

    public TopicMode mode() {
        return mode;
    }

    /** {@code "<tenant>."} or {@code ""}. */
    public String prefix() {
        return prefix;
    }

    /** The names a publisher writes one event to, canonical first. */
    public List<String> publishNames(OnexTopic<?> topic) {
        return logicalNames(topic).stream().map(n -> prefix + n).toList();
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
        if (!physicalName.startsWith(prefix)) {
            return Optional.empty();
        }
        return Optional.of(physicalName.substring(prefix.length()));
    }

    private List<String> logicalNames(OnexTopic<?> topic) {
        Optional<String> legacy = topic.legacyTopicName();
        if (legacy.isEmpty()) {
            return List.of(topic.topicName());
        }
        return switch (mode) {
            case LEGACY -> List.of(legacy.get());
            case DUAL -> List.of(topic.topicName(), legacy.get());
            case ONEX -> List.of(topic.topicName());
        };
    }

    @Override
    public String toString() {
        return "TopicNames[" + mode + (prefix.isEmpty() ? "" : ", tenant prefix " + prefix) + "]";
    }
}
