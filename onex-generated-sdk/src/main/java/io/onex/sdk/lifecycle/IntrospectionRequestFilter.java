package io.onex.sdk.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether an {@code onex.registry.introspection.requested.v1} request should make this
 * node re-emit its introspection: it must target the node and the last re-emission must be at
 * least {@code minInterval} ago (spec section 12: rate limiting against re-broadcast abuse). The
 * request is best-effort (section 6.2): a refused one is simply not answered, and counted by the
 * caller.
 *
 * <p>Targeting follows the payload schema: {@code target_node_ids} says "only these nodes should
 * answer" and {@code target_node_types} "only nodes of these kinds should answer", each a filter
 * that a null list leaves out. A node answers when it passes every filter given: its id is listed
 * (or no ids are given) <em>and</em> its type is listed (or no types are given). Both null is a
 * broadcast; an empty list (which the schema does not allow) passes nobody.
 */
public final class IntrospectionRequestFilter {

    /** The outcome for one request. */
    public enum Decision {
        /** Targeted and not rate-limited: re-emit now. */
        REEMIT,
        /** The request names other nodes. */
        NOT_TARGETED,
        /** Targeted, but the node re-emitted less than the minimum interval ago. */
        RATE_LIMITED
    }

    private final String nodeId;
    private final String nodeType;
    private final Duration minInterval;
    private final Clock clock;
    private Instant lastEmission;

    public IntrospectionRequestFilter(String nodeId, String nodeType, Duration minInterval, Clock clock) {
        this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
        this.nodeType = Objects.requireNonNull(nodeType, "nodeType");
        this.minInterval = Objects.requireNonNull(minInterval, "minInterval");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** True when the node passes both filters of the request: by id and by type, each when given. */
    public boolean targets(List<String> targetNodeIds, List<String> targetNodeTypes) {
        boolean byId = targetNodeIds == null || targetNodeIds.contains(nodeId);
        boolean byType = targetNodeTypes == null || targetNodeTypes.stream().anyMatch(nodeType::equalsIgnoreCase);
        return byId && byType;
    }

    /** Decides, and on {@link Decision#REEMIT} records the emission time. */
    public synchronized Decision offer(List<String> targetNodeIds, List<String> targetNodeTypes) {
        if (!targets(targetNodeIds, targetNodeTypes)) {
            return Decision.NOT_TARGETED;
        }
        Instant now = clock.instant();
        if (lastEmission != null && now.isBefore(lastEmission.plus(minInterval))) {
            return Decision.RATE_LIMITED;
        }
        lastEmission = now;
        return Decision.REEMIT;
    }

    /** Records an emission that happened for another reason (e.g. at startup), so it counts for the rate limit. */
    public synchronized void emitted() {
        lastEmission = clock.instant();
    }
}
