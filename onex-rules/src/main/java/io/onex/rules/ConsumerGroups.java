package io.onex.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * Consumer group names. Spec section 9 names the group of a service reading the ONEX topics
 * {@code <service>-onex-v1} (e.g. {@code registry-introspection-onex-v1}), a new group rather than the legacy one,
 * so offsets on the new topics are tracked apart; section 12 isolates each tenant's groups, so a tenant's groups
 * carry its prefix like its topics do.
 */
public final class ConsumerGroups {

    /** What ends the group name of a service reading the ONEX topics. */
    public static final String SUFFIX = "-onex-v1";

    private ConsumerGroups() {
    }

    /**
     * The group of a service: {@code [<tenant>.]<service>-onex-v1}; a service name that already ends in the
     * suffix is not suffixed again.
     *
     * @throws IllegalArgumentException when the service name is blank
     */
    public static String groupId(String service, Optional<Tenant> tenant) {
        Objects.requireNonNull(service, "service");
        String trimmed = service.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("the service name that names the consumer group is blank");
        }
        return Tenant.prefixOf(tenant) + (trimmed.endsWith(SUFFIX) ? trimmed : trimmed + SUFFIX);
    }

    /**
     * The prefix of every group a node of one contract may use: {@code [<tenant>.]<meta.name>-}. It covers the
     * group named after the node ({@code registry-effect-onex-v1}) and those named after its instances
     * ({@code registry-effect-001-onex-v1}). A node whose name extends another's with a dash ({@code registry} and
     * {@code registry-effect}) is covered by the shorter name's prefix too, so such names are best avoided.
     *
     * @throws IllegalArgumentException when the node name is blank
     */
    public static String nodeGroupPrefix(String nodeName, Optional<Tenant> tenant) {
        Objects.requireNonNull(nodeName, "nodeName");
        if (nodeName.isBlank()) {
            throw new IllegalArgumentException("the node name that names the consumer groups is blank");
        }
        return Tenant.prefixOf(tenant) + nodeName.trim() + "-";
    }
}
